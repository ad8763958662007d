//! The `forebygg` binary as an operator uses it: subcommands, bad input as one clear
//! line, and a server that answers on its address.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn forebygg(data: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_forebygg"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("FOREBYGG_DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// The schema version a fresh database reaches: one per migration file.
fn migrations() -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../store-sqlite/migrations");
    std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "sql"))
        .count()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Bad input fails with status 1 and exactly one line on stderr, naming the problem.
fn assert_one_line_error(o: &Output, expected: &str) {
    assert_eq!(o.status.code(), Some(1), "stdout: {}, stderr: {}", stdout(o), stderr(o));
    let err = stderr(o);
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line expected: {err}");
    assert!(lines[0].starts_with("error: ") && lines[0].contains(expected), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn user_add_creates_a_user_and_refuses_bad_input_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let ok = forebygg(
        data,
        &["user", "add", "--org", "3425", "--email", "kari@engerdal.no", "--role", "plan-lead"],
        "grønne epler i Engerdal\n",
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(stdout(&ok).contains("created kari@engerdal.no as plan-lead in Engerdal (3425)"));

    let o = forebygg(
        data,
        &["user", "add", "--org", "9999", "--email", "ola@x.no", "--role", "admin"],
        "grønne epler i Engerdal\n",
    );
    assert_one_line_error(&o, "unknown organisation '9999'");
    let o = forebygg(
        data,
        &["user", "add", "--org", "3425", "--email", "KARI@engerdal.no", "--role", "admin"],
        "grønne epler i Engerdal\n",
    );
    assert_one_line_error(&o, "a user with e-mail kari@engerdal.no already exists");
    let o = forebygg(
        data,
        &["user", "add", "--org", "3425", "--email", "ola@x.no", "--role", "boss"],
        "grønne epler i Engerdal\n",
    );
    assert_one_line_error(&o, "'boss' is not a role");
    let o = forebygg(data, &["user", "add", "--org", "3425", "--email", "ola@x.no", "--role", "admin"], "kort\n");
    assert_one_line_error(&o, "at least 12 characters");
    let o = forebygg(
        data,
        &["user", "add", "--org", "3425", "--email", "ola@x.no", "--role", "admin"],
        "passwordpassword\n",
    );
    assert_one_line_error(&o, "too easy to guess");
    let o = forebygg(
        data,
        &["user", "add", "--org", "3425", "--email", "ola.x.no", "--role", "admin"],
        "grønne epler i Engerdal\n",
    );
    assert_one_line_error(&o, "'ola.x.no' is not an e-mail address");

    let o = forebygg(data, &["user", "grant", "--org", "3421", "--email", "kari@engerdal.no", "--role", "reader"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let o = forebygg(data, &["user", "grant", "--org", "3421", "--email", "kari@engerdal.no", "--role", "reader"], "");
    assert_one_line_error(&o, "already a member");
}

#[test]
fn a_malformed_database_url_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let o = forebygg(dir.path(), &["--database-url", "mysql://localhost/x", "migrate"], "");
    assert_one_line_error(&o, "--database-url must start with sqlite: or postgres://");
    let o = forebygg(dir.path(), &["--database-url", "postgres://u@[::1/x", "migrate"], "");
    assert_one_line_error(&o, "invalid PostgreSQL URL");
    let o = forebygg(dir.path(), &["--database-url", "postgres://u@127.0.0.1:1/x", "migrate"], "");
    assert_one_line_error(&o, "Connection refused");
}

#[test]
fn migrate_demo_and_backup_work_on_one_database() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let o = forebygg(&data, &["migrate"], "");
    let expected = format!("schema version {} (sqlite)", migrations());
    assert!(stdout(&o).contains(&expected), "{}{}", stdout(&o), stderr(&o));
    for _ in 0..2 {
        let o = forebygg(&data, &["demo"], "");
        assert!(o.status.success() && stdout(&o).contains("demo data loaded"), "{}", stderr(&o));
    }
    let backup = dir.path().join("backup.db");
    let o = forebygg(&data, &["backup", "--to", backup.to_str().unwrap()], "");
    assert!(o.status.success(), "{}", stderr(&o));
    // The copy is a database in its own right: the demo users are in it.
    let o = Command::new(env!("CARGO_BIN_EXE_forebygg"))
        .args(["--database-url", &format!("sqlite:{}", backup.display()), "user", "grant", "--org", "3421"])
        .args(["--email", "admin@engerdal.demo", "--role", "reader"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let o = forebygg(&data, &["backup", "--to", backup.to_str().unwrap()], "");
    assert_one_line_error(&o, "exists");
    // An environment variable does what the option does.
    let o =
        Command::new(env!("CARGO_BIN_EXE_forebygg")).env("FOREBYGG_DATA_DIR", &data).arg("migrate").output().unwrap();
    assert!(stdout(&o).contains(&expected), "{}", stderr(&o));
}

#[test]
fn every_subcommand_has_help() {
    for args in [
        &["--help"][..],
        &["serve", "--help"],
        &["user", "add", "--help"],
        &["migrate", "--help"],
        &["backup", "--help"],
        &["demo", "--help"],
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_forebygg")).args(args).output().unwrap();
        assert!(o.status.success(), "{args:?}");
        let out = stdout(&o);
        assert!(out.contains("--data-dir") && out.contains("--database-url"), "{args:?}: {out}");
    }
}

/// Starts `forebygg serve --demo` on a free port with extra arguments; the child and
/// its address.
fn serve(data: &Path, extra: &[&str]) -> (std::process::Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_forebygg"))
        .arg("--data-dir")
        .arg(data)
        .args(["serve", "--addr", "127.0.0.1:0", "--demo"])
        .args(extra)
        .env("FOREBYGG_LOG", "error")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let addr = first.split("http://").nth(1).unwrap().split(' ').next().unwrap().to_owned();
    // Keep reading what the server prints: a closed pipe would end it at its next line.
    std::thread::spawn(move || lines.for_each(drop));
    (child, addr)
}

/// The address of the open demo hearing, found on the start page.
fn open_hearing(addr: &str) -> String {
    let (_, _, home) = http(addr, "GET", "/", "", "").unwrap();
    let start = home.find("href=\"/hearings/3425/").unwrap() + 6;
    home[start..].chars().take_while(|c| *c != '"').collect()
}

#[test]
fn serve_answers_health_checks_with_the_schema_version() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = serve(dir.path(), &[]);
    let mut stream = TcpStream::connect(&addr).unwrap();
    stream.write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(response.starts_with("HTTP/1.0 200") || response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains(&format!("\"schema_version\":{}", migrations())), "{response}");
    assert!(dir.path().join("forebygg.db").exists());
}

#[test]
fn plan_list_shows_the_demo_plans_as_a_table_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    forebygg(dir.path(), &["demo"], "");
    let o = forebygg(dir.path(), &["plan", "list"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let table = stdout(&o);
    let header = table.lines().next().unwrap();
    for column in ["ID", "KOMMUNE", "TYPE", "TITTEL", "FASE"] {
        assert!(header.contains(column), "{header}");
    }
    assert!(
        table.lines().any(|l| l.contains("3425")
            && l.contains("Plan for forebyggende arbeid")
            && l.contains("draft_on_hearing")),
        "{table}"
    );
    let o = forebygg(dir.path(), &["plan", "list", "--org", "3425", "--json"], "");
    let plans: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let plans = plans.as_array().unwrap();
    assert_eq!(plans.len(), 5);
    let preventive = plans.iter().find(|p| p["type"] == "preventive").unwrap();
    assert_eq!(preventive["municipality"], "3425");
    assert!(preventive["id"].as_i64().unwrap() > 0);
    assert_eq!(preventive["phase"], "draft_on_hearing");
    let o = forebygg(dir.path(), &["plan", "list", "--org", "5536", "--json"], "");
    assert_eq!(stdout(&o).trim(), "[]", "Lyngen has no plans");
    let o = forebygg(dir.path(), &["plan", "list", "--org", "9999"], "");
    assert_one_line_error(&o, "unknown organisation '9999'");
}

#[test]
fn plan_check_prints_the_score_and_findings_and_times_each_run() {
    let dir = tempfile::tempdir().unwrap();
    forebygg(dir.path(), &["demo"], "");
    let o = forebygg(dir.path(), &["plan", "list", "--org", "3425", "--json"], "");
    let plans: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let id = plans.as_array().unwrap().iter().find(|p| p["type"] == "preventive").unwrap()["id"].to_string();
    let o = forebygg(dir.path(), &["plan", "check", "--plan", &id], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("62 % met; 9 findings; 13 rules passed"), "{out}");
    assert!(out.contains("should  seljord       evaluation-dates  (1 place)"), "{out}");
    assert!(out.contains("must    hearings      inputs-answered  (5 places)"), "{out}");
    let o = forebygg(dir.path(), &["plan", "check", "--plan", &id, "--json", "--repeat", "2"], "");
    let report: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(report["findings"].as_array().unwrap().len(), 9);
    assert_eq!(stderr(&o).lines().filter(|l| l.starts_with("check ") && l.contains(" ms (rules ")).count(), 2);
    assert_one_line_error(&forebygg(dir.path(), &["plan", "check", "--plan", "999"], ""), "no plan with id 999");
}

/// A minimal HTTP/1.1 exchange over one connection: status, headers, body.
fn http(addr: &str, method: &str, path: &str, cookie: &str, body: &str) -> std::io::Result<(u16, String, String)> {
    let mut stream = TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes())?;
    let mut raw = String::new();
    stream.read_to_string(&mut raw)?;
    let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((raw.as_str(), ""));
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    Ok((status, head.to_owned(), body.to_owned()))
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().find_map(|l| l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim()))
}

/// A new browser at the hearing page: its session cookie and CSRF token.
fn browser(addr: &str, hearing: &str) -> Option<(String, String)> {
    let (_, head, page) = http(addr, "GET", hearing, "", "").ok()?;
    let cookie = header(&head, "set-cookie")?.split(';').next()?.to_owned();
    let marker = "name=\"csrf\" value=\"";
    let at = page.find(marker)? + marker.len();
    Some((cookie, page[at..].chars().take_while(|c| *c != '"').collect()))
}

/// The operator ends every session of a person: their browser must log in again.
#[test]
fn the_operator_ends_every_session_of_a_person() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, addr) = serve(dir.path(), &[]);
    let (cookie, token) = browser(&addr, "/login").unwrap();
    let login = format!("csrf={token}&email=leser%40engerdal.demo&password=forebygg-demo");
    let (status, head, _) = http(&addr, "POST", "/login", &cookie, &login).unwrap();
    assert_eq!(status, 303);
    let session = header(&head, "set-cookie").unwrap().split(';').next().unwrap().to_owned();
    assert_eq!(http(&addr, "GET", "/organisations/3425/members", &session, "").unwrap().0, 200);
    let o = forebygg(dir.path(), &["user", "logout", "--email", "leser@engerdal.demo"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let (status, head, _) = http(&addr, "GET", "/organisations/3425/members", &session, "").unwrap();
    server.kill().unwrap();
    server.wait().unwrap();
    assert_eq!(status, 303, "sent to log in");
    assert!(header(&head, "location").unwrap().starts_with("/login"));
    let o = forebygg(dir.path(), &["user", "logout", "--email", "ingen@engerdal.demo"], "");
    assert_one_line_error(&o, "no user with e-mail ingen@engerdal.demo");
}

/// The server knows each connection's peer address: past `--hearing-address-limit`
/// responses from one address, a fresh browser is asked to work out a sum.
#[test]
fn fresh_browsers_from_one_address_are_asked_for_a_sum_past_its_limit() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, addr) = serve(dir.path(), &["--hearing-address-limit", "2"]);
    let hearing = open_hearing(&addr);
    let mut statuses = Vec::new();
    for n in 0..3 {
        let (cookie, token) = browser(&addr, &hearing).unwrap();
        let (status, _, page) =
            http(&addr, "POST", &hearing, &cookie, &format!("csrf={token}&consent=on&text=Svar+{n}")).unwrap();
        statuses.push(status);
        if n == 2 {
            assert!(page.contains("name=\"check_answer\""), "{page}");
        }
    }
    server.kill().unwrap();
    server.wait().unwrap();
    assert_eq!(statuses, [303, 303, 422]);
}

/// Submits hearing responses from several browsers at once, kills the server with
/// SIGKILL in the middle of it, and finds every acknowledged response in the database,
/// which passes SQLite's integrity check.
#[test]
fn acknowledged_responses_survive_sigkill() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};

    let dir = tempfile::tempdir().unwrap();
    // Every browser here comes from one address; the limit for one address is not what is tested.
    let (mut server, addr) = serve(dir.path(), &["--hearing-address-limit", "100000"]);
    let hearing = open_hearing(&addr);

    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let browsers: Vec<_> = (0..6)
        .map(|b| {
            let (addr, hearing, acknowledged, stop) =
                (addr.clone(), hearing.clone(), acknowledged.clone(), stop.clone());
            std::thread::spawn(move || {
                // Bounded: at most 200 sessions of ten responses each, or until stopped.
                for session in 0..200 {
                    if stop.load(Ordering::SeqCst) {
                        return;
                    }
                    let Some((cookie, token)) = browser(&addr, &hearing) else { return };
                    for n in 0..10 {
                        let body = format!("csrf={token}&consent=on&text=Svar+{b}-{session}-{n}+%C3%A6%C3%B8%C3%A5");
                        match http(&addr, "POST", &hearing, &cookie, &body) {
                            Ok((303, head, _)) => {
                                let location = header(&head, "location").unwrap_or_default();
                                let receipt = location.rsplit('/').next().unwrap_or_default().to_owned();
                                acknowledged.lock().unwrap().push(receipt);
                            }
                            _ => return,
                        }
                    }
                }
            })
        })
        .collect();
    // Let the burst run, then pull the plug.
    let started = std::time::Instant::now();
    while acknowledged.lock().unwrap().len() < 150 && started.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    stop.store(true, Ordering::SeqCst);
    for b in browsers {
        b.join().unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() >= 150, "the burst made progress: {}", acknowledged.len());

    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(dir.path().join("forebygg.db"));
        let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
        let integrity: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&pool).await.unwrap();
        assert_eq!(integrity, "ok");
        let stored: Vec<String> =
            sqlx::query_scalar("SELECT receipt_token FROM inputs").fetch_all(&pool).await.unwrap();
        let stored: std::collections::HashSet<String> = stored.into_iter().collect();
        let lost: Vec<&String> = acknowledged.iter().filter(|t| !stored.contains(*t)).collect();
        assert!(lost.is_empty(), "{} of {} acknowledged responses lost", lost.len(), acknowledged.len());
    });
}

/// Pupils answer the demo's open survey with class codes from several browsers at
/// once; the server is killed with SIGKILL in the middle of it, and every answer that
/// was thanked for is in the database, its code used.
#[test]
fn acknowledged_survey_answers_survive_sigkill() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};

    let dir = tempfile::tempdir().unwrap();
    let (mut server, addr) = serve(dir.path(), &[]);
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let db = dir.path().join("forebygg.db");
    let connect = || async {
        let options =
            sqlx::sqlite::SqliteConnectOptions::new().filename(&db).busy_timeout(std::time::Duration::from_secs(10));
        sqlx::SqlitePool::connect_with(options).await.unwrap()
    };
    // The open survey's link, and a school's worth of codes beside the demo's.
    let (token, codes) = runtime.block_on(async {
        let pool = connect().await;
        let (id, token): (i64, String) =
            sqlx::query_as("SELECT id, token FROM surveys WHERE doc LIKE '%\"state\":\"open\"%'")
                .fetch_one(&pool)
                .await
                .unwrap();
        for i in 0..600 {
            sqlx::query("INSERT INTO survey_codes (survey_id, code, class) VALUES ($1, $2, 'Skolen')")
                .bind(id)
                .bind(format!("K{i:05}"))
                .execute(&pool)
                .await
                .unwrap();
        }
        pool.close().await;
        (token, (0..600).map(|i| format!("K{i:05}")).collect::<Vec<_>>())
    });
    let link = format!("/s/{token}");
    let answers = "q1=1&q2=0&q3=4&q4=3&q5=4&q6=4&q7=0&q9=0&q9=2&q10=1&q11=Mer+%C3%A5+gj%C3%B8re";

    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let stop = Arc::new(AtomicBool::new(false));
    let codes = Arc::new(codes);
    let browsers: Vec<_> = (0..6)
        .map(|b| {
            let (addr, link, acknowledged, stop, codes) =
                (addr.clone(), link.clone(), acknowledged.clone(), stop.clone(), codes.clone());
            std::thread::spawn(move || {
                for code in codes.iter().skip(b).step_by(6) {
                    if stop.load(Ordering::SeqCst) {
                        return;
                    }
                    let Some((cookie, csrf)) = browser(&addr, &link) else { return };
                    match http(&addr, "POST", &link, &cookie, &format!("csrf={csrf}&code={code}&{answers}")) {
                        Ok((200, _, body)) if body.contains("Takk for svarene") => {
                            acknowledged.lock().unwrap().push(code.clone())
                        }
                        _ => return,
                    }
                }
            })
        })
        .collect();
    let started = std::time::Instant::now();
    while acknowledged.lock().unwrap().len() < 120 && started.elapsed() < std::time::Duration::from_secs(30) {
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    stop.store(true, Ordering::SeqCst);
    for b in browsers {
        b.join().unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() >= 120, "the burst made progress: {}", acknowledged.len());
    runtime.block_on(async {
        let pool = connect().await;
        let integrity: String = sqlx::query_scalar("PRAGMA integrity_check").fetch_one(&pool).await.unwrap();
        assert_eq!(integrity, "ok");
        let used: Vec<String> =
            sqlx::query_scalar("SELECT code FROM survey_codes WHERE used").fetch_all(&pool).await.unwrap();
        let used: std::collections::HashSet<String> = used.into_iter().collect();
        let lost: Vec<&String> = acknowledged.iter().filter(|c| !used.contains(*c)).collect();
        assert!(lost.is_empty(), "{} of {} acknowledged answers lost", lost.len(), acknowledged.len());
        let stored: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM survey_answers a JOIN surveys s ON s.id = a.survey_id WHERE s.token = $1",
        )
        .bind(&token)
        .fetch_one(&pool)
        .await
        .unwrap();
        // An answer and its code are one transaction: as many answers as used codes.
        assert_eq!(stored as usize, used.len());
        assert!(stored as usize >= acknowledged.len());
    });
}

#[test]
fn inputs_export_writes_every_input_as_csv_or_json() {
    let dir = tempfile::tempdir().unwrap();
    forebygg(dir.path(), &["demo"], "");
    let plans: serde_json::Value =
        serde_json::from_str(&stdout(&forebygg(dir.path(), &["plan", "list", "--org", "3425", "--json"], ""))).unwrap();
    let id = plans.as_array().unwrap().iter().find(|p| p["type"] == "preventive").unwrap()["id"].as_i64().unwrap();
    let o = forebygg(dir.path(), &["inputs", "export", "--plan", &id.to_string()], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let csv = stdout(&o);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "reference,channel,received,decision,sender_name,sender_organisation,sender_email,text"
    );
    assert_eq!(
        csv.lines().count(),
        21,
        "header, nine inputs from meetings and the hearing, eleven from the survey: {csv}"
    );
    assert!(csv.contains(",survey_free_text,2026-04-27T14:00:00,noted,,,,Bedre busstilbud"), "{csv}");
    assert!(csv.contains("2024-002,hearing,2024-02-12T11:00:00,partly_taken_into_account,Randi Holm"), "{csv}");
    let o = forebygg(dir.path(), &["inputs", "export", "--plan", &id.to_string(), "--format", "json"], "");
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), 20);
    let conference = rows.iter().filter(|r| r["channel"] == "dialogue_conference").collect::<Vec<_>>();
    assert_eq!(conference.len(), 6);
    assert!(conference.iter().all(|r| r["sender"]["name"].is_null() && r["dialogue_conference"]["round"].is_u64()));
    assert_eq!(
        rows.iter().filter(|r| r["decision"].is_string()).count(),
        15,
        "the demo's hearing responses and survey answers are answered"
    );
    let o = forebygg(dir.path(), &["inputs", "export", "--plan", "999"], "");
    assert_one_line_error(&o, "no plan with id 999");
}

/// A minimal SMTP server for one message: answers each command and returns what came
/// after DATA.
fn fake_smtp() -> (String, std::thread::JoinHandle<String>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
        let mut out = stream.try_clone().unwrap();
        let mut lines = BufReader::new(stream).lines();
        out.write_all(b"220 fake.test ESMTP\r\n").unwrap();
        let mut data = String::new();
        let mut in_data = false;
        while let Some(Ok(line)) = lines.next() {
            if in_data {
                if line == "." {
                    in_data = false;
                    out.write_all(b"250 queued\r\n").unwrap();
                } else {
                    data.push_str(&line);
                    data.push('\n');
                }
                continue;
            }
            let command = line.to_ascii_uppercase();
            let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
                b"250 fake.test\r\n"
            } else if command.starts_with("DATA") {
                in_data = true;
                b"354 go on\r\n"
            } else if command.starts_with("QUIT") {
                out.write_all(b"221 bye\r\n").unwrap();
                break;
            } else {
                b"250 ok\r\n"
            };
            out.write_all(reply).unwrap();
        }
        data
    });
    (addr, handle)
}

/// A response with an e-mail address gets its receipt through the SMTP server the
/// server was started with, in the language of the page it was sent from.
#[test]
fn a_receipt_goes_out_through_smtp_in_the_senders_language() {
    let (smtp, received) = fake_smtp();
    let dir = tempfile::tempdir().unwrap();
    let smtp_url = format!("smtp://{smtp}");
    let mail =
        ["--mail-interval", "1", "--smtp-url", &smtp_url, "--mail-from", "Engerdal kommune <postmottak@engerdal.test>"];
    let (mut server, addr) = serve(dir.path(), &mail);
    let hearing = open_hearing(&addr);
    // The page in nynorsk, chosen by the browser's language.
    let (_, head, page) = http(&addr, "GET", &hearing, "fb_lang=nn", "").unwrap();
    assert!(page.contains("for kvittering på e-post"), "the form promises the receipt");
    let cookie = header(&head, "set-cookie").unwrap().split(';').next().unwrap().to_owned();
    let marker = "name=\"csrf\" value=\"";
    let at = page.find(marker).unwrap() + marker.len();
    let token: String = page[at..].chars().take_while(|c| *c != '"').collect();
    let body = format!("csrf={token}&consent=on&email=siri%40example.no&text=Fleire+m%C3%B8teplassar");
    let (status, head, _) = http(&addr, "POST", &hearing, &format!("{cookie}; fb_lang=nn"), &body).unwrap();
    assert_eq!(status, 303);
    let receipt = header(&head, "location").unwrap().to_owned();
    let (_, _, receipt_page) = http(&addr, "GET", &receipt, &format!("{cookie}; fb_lang=nn"), "").unwrap();
    let reference_at = receipt_page.find("class=\"secret\">").unwrap() + 15;
    let reference: String = receipt_page[reference_at..].chars().take_while(|c| *c != '<').collect();

    let data = received.join().unwrap();
    assert!(data.contains("To: siri@example.no"), "{data}");
    assert!(data.contains("postmottak@engerdal.test>"), "{data}");
    assert!(data.contains(&format!("Referansenummer: {reference}")), "{data}");
    assert!(data.contains("Fleire m=C3=B8teplassar") || data.contains("Fleire møteplassar"), "{data}");
    // The server records the receipt as sent once the SMTP server has taken it.
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sent = runtime.block_on(async {
        let options = sqlx::sqlite::SqliteConnectOptions::new().filename(dir.path().join("forebygg.db"));
        let pool = sqlx::SqlitePool::connect_with(options).await.unwrap();
        for _ in 0..100 {
            let sent: Option<i64> =
                sqlx::query_scalar("SELECT receipt_sent_at FROM inputs WHERE sender_email = 'siri@example.no'")
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            if sent.is_some() {
                return sent;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        None
    });
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(sent.is_some(), "the receipt is recorded as sent");
}

#[test]
fn mail_options_are_checked_before_the_server_starts() {
    let dir = tempfile::tempdir().unwrap();
    let o = forebygg(dir.path(), &["serve", "--addr", "127.0.0.1:0", "--smtp-url", "ftp://x"], "");
    assert_one_line_error(&o, "--smtp-url 'ftp://x' is not an SMTP address");
    let o = forebygg(
        dir.path(),
        &["serve", "--addr", "127.0.0.1:0", "--mail-dir", "m", "--mail-from", "ikke en adresse"],
        "",
    );
    assert_one_line_error(&o, "--mail-from 'ikke en adresse' is not an address");
}

#[test]
fn measures_template_import_and_export_round_trip_and_a_bad_file_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    forebygg(dir.path(), &["demo"], "");
    let plans: serde_json::Value =
        serde_json::from_str(&stdout(&forebygg(dir.path(), &["plan", "list", "--org", "3425", "--json"], ""))).unwrap();
    let id = plans.as_array().unwrap().iter().find(|p| p["type"] == "upbringing").unwrap()["id"].as_i64().unwrap();
    let id = id.to_string();

    let template = dir.path().join("mal.csv");
    let o = forebygg(dir.path(), &["measures", "template", "--out", template.to_str().unwrap()], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&template).unwrap();
    assert!(text.starts_with("\u{feff}Navn;Beskrivelse;Eier (tjeneste);"), "{text}");
    // The template's example plus a row typed the Norwegian way.
    let mut rows = text.clone();
    rows.push_str(
        "Natteravn;;Frivilligsentralen;;13-15, 16-19;universell;vold;kommunalt;;;12 000,50;;;;;pågår;;01.10.2027\n",
    );
    std::fs::write(&template, &rows).unwrap();
    let o = forebygg(dir.path(), &["measures", "import", template.to_str().unwrap(), "--plan", &id], "");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), format!("imported 2 new measures and changed 0 measures in plan {id}"));

    let bad = dir.path().join("feil.csv");
    std::fs::write(&bad, "Navn;Eier (tjeneste);Årlig kostnad (kr)\nKafé;Kultur;10\n;Skolen;mye\n").unwrap();
    let o = forebygg(dir.path(), &["measures", "import", bad.to_str().unwrap(), "--plan", &id], "");
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains("row 3, column A (Navn): must not be empty"), "{err}");
    assert!(err.contains("row 3, column C (Årlig kostnad (kr)): 'mye' is not an amount in kroner"), "{err}");
    assert!(err.contains("error: nothing was imported: 2 problems"), "{err}");

    let o = forebygg(dir.path(), &["measures", "export", "--plan", &id], "");
    let exported = stdout(&o);
    assert_eq!(
        exported.lines().count(),
        3,
        "the header and the two imported measures, not the refused file: {exported}"
    );
    assert!(exported.contains(
        "Natteravn;;Frivilligsentralen;;13-15 år, 16-19 år;universell;vold;kommunalt;ikke vurdert;;12 000,50;"
    ));
    // The export, edited as in Excel and imported again, changes the same two measures.
    assert!(exported.starts_with("\u{feff}Id;Navn;"), "{exported}");
    let edited = dir.path().join("endret.csv");
    std::fs::write(&edited, exported.replace("12 000,50", "15 000")).unwrap();
    let o = forebygg(dir.path(), &["measures", "import", edited.to_str().unwrap(), "--plan", &id], "");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), format!("imported 0 new measures and changed 1 measure in plan {id}"));
    let again = stdout(&forebygg(dir.path(), &["measures", "export", "--plan", &id], ""));
    assert_eq!(again.lines().count(), 3, "changed, not copied: {again}");
    assert!(again.contains(";15 000,00;") && !again.contains("12 000,50"), "{again}");
    // Into another plan the ids are not its measures': refused, unless copied as new.
    let other = plans.as_array().unwrap().iter().find(|p| p["type"] == "alcohol").unwrap()["id"].as_i64().unwrap();
    let other = other.to_string();
    let o = forebygg(dir.path(), &["measures", "import", edited.to_str().unwrap(), "--plan", &other], "");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("column A (Id): no measure of this plan has the id"), "{}", stderr(&o));
    let o = forebygg(dir.path(), &["measures", "import", edited.to_str().unwrap(), "--plan", &other, "--as-new"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).trim(), format!("imported 2 new measures and changed 0 measures in plan {other}"));
    let xlsx = dir.path().join("tiltak.xlsx");
    let o = forebygg(
        dir.path(),
        &["measures", "export", "--plan", &id, "--format", "xlsx", "--out", xlsx.to_str().unwrap()],
        "",
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK\x03\x04"));
    let o = forebygg(dir.path(), &["measures", "export", "--plan", "999"], "");
    assert_one_line_error(&o, "no plan with id 999");
}

/// The raw bytes of a response body (for files), after its head.
fn get_bytes(addr: &str, path: &str, cookie: &str) -> (u16, Vec<u8>) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nCookie: {cookie}\r\n\r\n");
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let at = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let status = String::from_utf8_lossy(&raw[..at]).split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, raw[at + 4..].to_vec())
}

/// Signs in as the demo plan lead; returns the session cookie.
fn sign_in(addr: &str) -> String {
    let (_, head, page) = http(addr, "GET", "/login", "", "").unwrap();
    let cookie = header(&head, "set-cookie").unwrap().split(';').next().unwrap().to_owned();
    let marker = "name=\"csrf\" value=\"";
    let at = page.find(marker).unwrap() + marker.len();
    let token: String = page[at..].chars().take_while(|c| *c != '"').collect();
    let body = format!("csrf={token}&email=planleiar%40engerdal.demo&password=forebygg-demo&next=");
    let (status, head, _) = http(addr, "POST", "/login", &cookie, &body).unwrap();
    assert_eq!(status, 303, "signed in");
    header(&head, "set-cookie").map(|c| c.split(';').next().unwrap().to_owned()).unwrap_or(cookie)
}

/// The demo plan's document as PDF through the server: queued off the request thread,
/// its page shows progress and then the download; poppler reads the file and finds
/// every chapter heading and every measure name in it.
#[test]
fn the_demo_plan_downloads_as_a_pdf_with_every_heading_and_measure() {
    let dir = tempfile::tempdir().unwrap();
    let (mut server, addr) = serve(dir.path(), &[]);
    let cookie = sign_in(&addr);
    let plans = stdout(&forebygg(dir.path(), &["plan", "list", "--org", "3425", "--json"], ""));
    let plans: serde_json::Value = serde_json::from_str(&plans).unwrap();
    let plan = plans.as_array().unwrap().iter().find(|p| p["type"] == "preventive").unwrap()["id"].as_i64().unwrap();
    let base = format!("/organisations/3425/plans/{plan}");

    let (_, _, page) = http(&addr, "GET", &format!("{base}/document"), &cookie, "").unwrap();
    let marker = "name=\"csrf\" value=\"";
    let at = page.find(marker).unwrap() + marker.len();
    let token: String = page[at..].chars().take_while(|c| *c != '"').collect();
    assert!(page.contains(&format!("action=\"{base}/document.pdf\"")), "the document page offers a PDF");
    let headings: Vec<String> = page
        .split("<h2 id=\"chapter-")
        .skip(1)
        .chain(page.split("<h3 id=\"chapter-").skip(1))
        .map(|s| s.split_once('>').unwrap().1.split('<').next().unwrap().to_owned())
        .collect();
    assert!(headings.len() >= 15, "{headings:?}");

    let (status, head, _) =
        http(&addr, "POST", &format!("{base}/document.pdf"), &cookie, &format!("csrf={token}")).unwrap();
    assert_eq!(status, 303);
    let location = header(&head, "location").unwrap().to_owned();
    assert!(location.starts_with("/organisations/3425/pdf/"), "{location}");
    // The job's own address, without the page it links back to.
    let job = location.split('?').next().unwrap().to_owned();
    let started = std::time::Instant::now();
    let page = loop {
        let (status, _, page) = http(&addr, "GET", &job, &cookie, "").unwrap();
        assert_eq!(status, 200, "{page}");
        if page.contains("/file\"") || started.elapsed() > std::time::Duration::from_secs(120) {
            break page;
        }
        assert!(page.contains("<progress"), "a job not done shows its progress: {page}");
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    assert!(page.contains("sider)"), "the page says how many pages: {page}");

    // Another user of the same municipality does not see the job.
    let (status, _, _) = http(&addr, "GET", &format!("{job}/status"), "", "").unwrap();
    assert_ne!(status, 200);

    let (status, pdf) = get_bytes(&addr, &format!("{job}/file"), &cookie);
    assert_eq!(status, 200);
    assert!(pdf.starts_with(b"%PDF-"));
    server.kill().unwrap();
    server.wait().unwrap();

    let file = dir.path().join("plan.pdf");
    std::fs::write(&file, &pdf).unwrap();
    let Ok(out) = Command::new("pdftotext").arg(&file).arg("-").output() else {
        assert!(std::env::var_os("FOREBYGG_REQUIRE_POPPLER").is_none(), "poppler-utils is required here");
        eprintln!("SKIPPED: pdftotext (poppler-utils) is not installed");
        return;
    };
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace() && *c != '\u{ad}' && *c != '-').collect::<String>();
    let text = squash(&String::from_utf8_lossy(&out.stdout));
    for h in &headings {
        assert!(text.contains(&squash(&h.replace("&#x27;", "'"))), "heading {h} not in the PDF");
    }
    let measures =
        stdout(&forebygg(dir.path(), &["measures", "export", "--plan", &plan.to_string(), "--format", "csv"], ""));
    let names: Vec<&str> = measures.lines().skip(1).map(|l| l.split(';').next().unwrap().trim_matches('"')).collect();
    assert!(names.len() >= 6, "{measures}");
    for name in names {
        assert!(text.contains(&squash(name)), "measure {name} not in the PDF");
    }
}

/// Clients that send half a request and wait (slowloris) are closed after the header
/// timeout, and a connection cap makes the next client wait rather than fail: with two
/// slots both held by such clients, a real request is still answered once they go.
#[test]
fn half_sent_requests_are_closed_and_the_connection_cap_holds() {
    let dir = tempfile::tempdir().unwrap();
    let (mut child, addr) = serve(dir.path(), &["--header-timeout", "1", "--max-connections", "2"]);
    let mut slow: Vec<TcpStream> = (0..2)
        .map(|_| {
            let mut s = TcpStream::connect(&addr).unwrap();
            s.write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n").unwrap();
            s.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
            s
        })
        .collect();
    // A third client, beyond the cap, with a whole request: answered once a slot frees.
    let mut third = TcpStream::connect(&addr).unwrap();
    third.write_all(b"GET /healthz HTTP/1.0\r\nHost: localhost\r\n\r\n").unwrap();
    third.set_read_timeout(Some(std::time::Duration::from_secs(20))).unwrap();
    let mut response = String::new();
    third.read_to_string(&mut response).unwrap();
    assert!(response.contains(" 200 ") || response.starts_with("HTTP/1.1 200"), "{response}");
    // The half-sent ones were closed by the server (end of stream, or a 408 first).
    for s in &mut slow {
        let mut rest = Vec::new();
        let read = s.read_to_end(&mut rest);
        assert!(read.is_ok(), "closed by the server, not by our read timeout: {read:?}");
        let text = String::from_utf8_lossy(&rest);
        assert!(text.is_empty() || text.starts_with("HTTP/1.1 408"), "{text}");
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

/// A JSON-stat table as FHI gives it, with Engerdal under its number of 2019 and of
/// 2022, a suppressed value and the county: imported onto today's municipality, read
/// back with the flag (never 0); a broken table is refused with its JSON path and
/// nothing is stored.
#[test]
fn indicators_import_puts_old_numbers_on_today_and_keeps_flags() {
    let dir = tempfile::tempdir().unwrap();
    let table = serde_json::json!({
        "version": "2.0", "class": "dataset", "label": "Trivsel på skolen", "source": "Folkehelseinstituttet",
        "id": ["GEO", "AAR", "MEASURE_TYPE"], "size": [4, 2, 1],
        "role": {"geo": ["GEO"], "time": ["AAR"], "metric": ["MEASURE_TYPE"]},
        "dimension": {
            "GEO": {"category": {"index": ["0434", "3425", "34", "4242"]}},
            "AAR": {"category": {"index": ["2019", "2022"]}},
            "MEASURE_TYPE": {"category": {"index": ["RATE"], "label": {"RATE": "Prosent"}}}
        },
        "value": [81.5, null, null, null, 86.1, 85.7, 1.0, 2.0],
        "status": {"1": "..", "2": "..", "3": ":"}
    });
    let file = dir.path().join("trivsel.json");
    std::fs::write(&file, table.to_string()).unwrap();
    let o = forebygg(dir.path(), &["indicators", "import", file.to_str().unwrap(), "--org", "3425"], "");
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("imported 4 values of 1 indicator into 3425"), "{out}");
    assert!(out.contains("not municipality numbers of 1994–2024, left out: 4242"), "{out}");
    let o = forebygg(dir.path(), &["indicators", "export", "--org", "3425", "--format", "json"], "");
    let rows: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let rows = rows.as_array().unwrap();
    let of = |region: &str, period: &str| {
        rows.iter().find(|r| r["region"] == region && r["period"] == period).unwrap_or_else(|| panic!("{rows:?}"))
    };
    assert_eq!(of("3425", "2019")["value"], 81.5, "Engerdal's number of 2019 is today's 3425");
    assert_eq!(
        (of("3425", "2022")["value"].clone(), of("3425", "2022")["flag"].clone()),
        (serde_json::Value::Null, serde_json::json!("suppressed"))
    );
    assert_eq!(of("34", "2022")["value"], 85.7);
    let csv = stdout(&forebygg(dir.path(), &["indicators", "export", "--org", "3425"], ""));
    assert!(csv.contains(";3425;2022;;;suppressed"), "{csv}");
    assert!(stdout(&forebygg(dir.path(), &["indicators", "export", "--org", "3421"], "")).lines().count() == 1);

    let broken = dir.path().join("broken.json");
    let mut bad = table.clone();
    bad["dimension"]["AAR"]["category"]["index"] = serde_json::json!(["2019", "i fjor"]);
    bad["label"] = serde_json::json!("Annen tabell");
    std::fs::write(&broken, bad.to_string()).unwrap();
    let o = forebygg(dir.path(), &["indicators", "import", broken.to_str().unwrap(), "--org", "3425"], "");
    assert!(!o.status.success());
    assert!(
        stderr(&o).contains("$.dimension.AAR.category.index: 'i fjor' is not a year or a span of years"),
        "{}",
        stderr(&o)
    );
    let after = stdout(&forebygg(dir.path(), &["indicators", "export", "--org", "3425", "--format", "json"], ""));
    assert!(!after.contains("Annen tabell"), "nothing of the refused table was stored");
}
