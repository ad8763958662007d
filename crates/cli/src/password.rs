//! Reading a new user's password: prompted (twice, not echoed) at a terminal, or the
//! first line of standard input in scripts.

use std::io::{BufRead, IsTerminal};

use anyhow::{Context, Result, bail};
use forebygg_domain::Password;

pub fn read() -> Result<Password> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        let first = rpassword::prompt_password("Password: ").context("cannot read the password")?;
        let second = rpassword::prompt_password("Password again: ").context("cannot read the password")?;
        if first != second {
            bail!("the two passwords differ");
        }
        Ok(Password::parse(&first)?)
    } else {
        let mut line = String::new();
        stdin.lock().read_line(&mut line).context("cannot read the password from standard input")?;
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            bail!("no password on standard input");
        }
        Ok(Password::parse(line)?)
    }
}
