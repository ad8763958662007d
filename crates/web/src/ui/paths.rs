//! The addresses of pages, built in one place instead of `format!` in every handler.

use forebygg_domain::ids::PlanId;
use std::fmt::Display;

/// An organisation's page.
pub fn org(code: impl Display) -> String {
    format!("/organisations/{code}")
}

/// The page where an invited person accepts, named by the link's token.
/// `path` as a whole address on the host the browser asked for (for a link that
/// leaves the site: an invitation to send, a QR code to print).
pub fn absolute(ctx: &crate::Ctx, path: &str) -> String {
    format!("{}{path}", ctx.origin)
}

pub fn invitation(token: &str) -> String {
    format!("/invitations/{token}")
}

/// A plan's staff pages, under `/organisations/{code}/plans/{id}`.
#[derive(Clone, Copy, Debug)]
pub struct PlanUrls<'a> {
    code: &'a str,
    id: PlanId,
}

impl<'a> PlanUrls<'a> {
    pub fn new(code: &'a str, id: PlanId) -> Self {
        Self { code, id }
    }

    /// The plan's own page.
    pub fn page(self) -> String {
        format!("/organisations/{}/plans/{}", self.code, self.id)
    }

    /// A page below the plan's: `at("measures")` is `…/plans/{id}/measures`; `at("#links")`
    /// a place on the plan's page.
    pub fn at(self, rest: &str) -> String {
        if rest.starts_with('#') { format!("{}{rest}", self.page()) } else { format!("{}/{rest}", self.page()) }
    }

    /// The plan's public page (its hearing, and the versions the public may read).
    pub fn public(self) -> String {
        format!("/hearings/{}/{}", self.code, self.id)
    }
}
