//! Hearings on the web: the public side (the plan's page with the response form — no
//! account, no JavaScript needed — the receipt, and what happened to the inputs) and,
//! for the plan's staff, the register of inputs and the merknadsbehandling.

mod merknader;
mod public;
mod register;

pub use merknader::{merknadsbehandling, merknadsbehandling_csv, merknadsbehandling_xlsx, outcomes};
pub use public::{receipt, respond, show};
pub use register::{add_input, assess, attachment, hide_selection, moderate, register};

use forebygg_app::organisations;
use forebygg_domain::Organisation;
use forebygg_domain::ids::PlanId;

use crate::AppState;
use crate::errors::PageError;
use forebygg_texts::Tr;

async fn org_of(state: &AppState, code: &str) -> Result<Organisation, PageError> {
    Ok(organisations::find(state.store(), code).await?)
}

/// An attachment as pages list it: name, kind and size in words, and where staff can
/// download it.
pub struct FileRow {
    pub name: String,
    pub about: String,
    pub href: String,
}

fn file_row(t: Tr, code: &str, plan_id: PlanId, a: &forebygg_app::AttachmentInfo) -> FileRow {
    let size = if a.size >= 1024 * 1024 {
        let mb = format!("{:.1} MB", a.size as f64 / 1024.0 / 1024.0);
        if t.lang == forebygg_domain::Lang::En { mb } else { mb.replace('.', ",") }
    } else {
        format!("{} kB", (a.size + 1023) / 1024)
    };
    FileRow {
        name: a.file_name.clone(),
        about: format!("{}, {size}", a.kind.as_str().to_uppercase()),
        href: format!("/organisations/{code}/plans/{plan_id}/inputs/{}/attachments/{}", a.input_id, a.id),
    }
}
