//! The texts of e-mails, from the same catalogues as the pages: a receipt goes out in
//! the language its response was written in.

use forebygg_app::receipts::ReceiptFacts;
use forebygg_domain::timeline::dates::{oslo_date, oslo_local};

use crate::Tr;

/// Subject and plain-text body of a hearing response's receipt.
pub fn receipt_mail(facts: &ReceiptFacts) -> (String, String) {
    let t = Tr { lang: facts.lang };
    let received = format!("{} {}", oslo_date(facts.received_at), oslo_local(facts.received_at).format("%H:%M"));
    let subject = t.with("mail-receipt-subject", "reference", &facts.reference);
    let body = [
        t.get("mail-receipt-greeting"),
        crate::translate(facts.lang, "mail-receipt-received", &[("org", &facts.organisation), ("plan", &facts.plan)]),
        format!(
            "{}\n{}",
            t.with("mail-receipt-reference", "reference", &facts.reference),
            t.with("mail-receipt-time", "time", &received)
        ),
        format!("{}\n{}", t.get("mail-receipt-your-text"), facts.text),
        t.get("mail-receipt-keep"),
        t.get("mail-receipt-footer"),
    ]
    .join("\n\n");
    (subject, body)
}

#[cfg(test)]
mod tests {
    use super::*;
    use forebygg_domain::Lang;

    #[test]
    fn a_receipt_speaks_the_senders_language_and_carries_the_reference() {
        let facts = ReceiptFacts {
            lang: Lang::Nn,
            organisation: "Engerdal".into(),
            plan: "Plan for førebyggjande arbeid".into(),
            reference: "5-17".into(),
            received_at: 1_709_200_800, // 29.02.2024 10:00 UTC = 11:00 in Oslo
            text: "Fleire trygge vaksne.".into(),
        };
        let (subject, body) = receipt_mail(&facts);
        assert_eq!(subject, "Kvittering for høyringsfråsegna di (5-17)");
        assert!(
            body.contains("Engerdal kommune har fått fråsegna di til høyringa av «Plan for førebyggjande arbeid»."),
            "{body}"
        );
        assert!(body.contains("Referansenummer: 5-17\nMotteke: 29.02.2024 11:00"), "{body}");
        assert!(
            body.ends_with("Denne e-posten er send automatisk av forebygg. Svar på han blir ikkje lesne."),
            "{body}"
        );
        let (subject, _) = receipt_mail(&ReceiptFacts { lang: Lang::En, ..facts });
        assert_eq!(subject, "Receipt for your hearing response (5-17)");
    }
}
