//! Files attached to a hearing response. Only PDF, PNG and JPEG are taken, recognised
//! by their first bytes: the name a sender's computer gave a file proves nothing, and a
//! file that claims to be a PDF but is a web page must never reach a reader's browser
//! as one.

use serde::Serialize;

use crate::people::ValidationError;

/// The largest file taken: a scanned letter of some pages.
pub const MAX_ATTACHMENT_BYTES: u64 = 10 * 1024 * 1024;
/// The most files one response may carry.
pub const MAX_ATTACHMENTS: usize = 3;
const MAX_FILE_NAME_CHARS: usize = 120;

/// What a file is, as its content says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum FileKind {
    Pdf,
    Png,
    Jpeg,
}

impl FileKind {
    pub const ALL: [FileKind; 3] = [FileKind::Pdf, FileKind::Png, FileKind::Jpeg];

    /// The kind of a file by its signature (magic bytes), or `None` for anything else.
    pub fn sniff(bytes: &[u8]) -> Option<FileKind> {
        if bytes.starts_with(b"%PDF-") {
            Some(FileKind::Pdf)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(FileKind::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(FileKind::Jpeg)
        } else {
            None
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpeg",
        }
    }

    pub fn parse(s: &str) -> Option<FileKind> {
        FileKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The media type a download is served with.
    pub fn content_type(self) -> &'static str {
        match self {
            FileKind::Pdf => "application/pdf",
            FileKind::Png => "image/png",
            FileKind::Jpeg => "image/jpeg",
        }
    }

    fn extensions(self) -> &'static [&'static str] {
        match self {
            FileKind::Pdf => &["pdf"],
            FileKind::Png => &["png"],
            FileKind::Jpeg => &["jpg", "jpeg"],
        }
    }
}

/// A file as it arrived: the name the sender's computer gave it, its size, and its
/// first bytes — all of it when it is within the limit, enough to know it is too large
/// otherwise (the upload reader stops keeping bytes past the limit).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Upload {
    pub file_name: String,
    pub size: u64,
    pub bytes: Vec<u8>,
}

/// A checked attachment, ready to be stored with its input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    /// A safe name to offer when the file is downloaded; it ends in the extension of
    /// the kind the content was recognised as.
    pub file_name: String,
    pub kind: FileKind,
    pub bytes: Vec<u8>,
}

/// Checks the files of a response. A file input left empty arrives as a part with no
/// name and no bytes and is skipped. Every problem is reported, in upload order.
pub fn check_uploads(uploads: Vec<Upload>) -> Result<Vec<Attachment>, Vec<ValidationError>> {
    let uploads: Vec<Upload> = uploads.into_iter().filter(|u| !(u.file_name.is_empty() && u.size == 0)).collect();
    let mut errors = Vec::new();
    if uploads.len() > MAX_ATTACHMENTS {
        errors.push(ValidationError::TooManyAttachments { max: MAX_ATTACHMENTS });
    }
    let mut attachments = Vec::new();
    for upload in uploads {
        let shown = safe_file_name(&upload.file_name);
        if upload.size > MAX_ATTACHMENT_BYTES || upload.bytes.len() as u64 > MAX_ATTACHMENT_BYTES {
            errors
                .push(ValidationError::AttachmentTooLarge { file: shown, max_mb: MAX_ATTACHMENT_BYTES / 1024 / 1024 });
            continue;
        }
        match FileKind::sniff(&upload.bytes) {
            Some(kind) => attachments.push(Attachment { file_name: name_for(&shown, kind), kind, bytes: upload.bytes }),
            None => errors.push(ValidationError::AttachmentType(shown)),
        }
    }
    if errors.is_empty() { Ok(attachments) } else { Err(errors) }
}

/// The last part of a path, without control characters, trimmed and shortened.
pub fn safe_file_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = last.chars().filter(|c| !c.is_control()).collect();
    cleaned.trim().trim_start_matches('.').chars().take(MAX_FILE_NAME_CHARS).collect::<String>().trim().to_owned()
}

/// The name to store: the sender's name when it already ends in an extension of the
/// kind, otherwise that name with the right extension added ("brev.html" holding a PDF
/// becomes "brev.html.pdf").
fn name_for(shown: &str, kind: FileKind) -> String {
    let base = if shown.is_empty() { "vedlegg" } else { shown };
    let lower = base.to_lowercase();
    if kind.extensions().iter().any(|ext| lower.ends_with(&format!(".{ext}"))) {
        base.to_owned()
    } else {
        format!("{base}.{}", kind.extensions()[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn upload(name: &str, bytes: &[u8]) -> Upload {
        Upload { file_name: name.into(), size: bytes.len() as u64, bytes: bytes.to_vec() }
    }

    #[test]
    fn files_are_known_by_their_content_not_their_name() {
        let ok = check_uploads(vec![
            upload("brev.pdf", b"%PDF-1.7\n..."),
            upload("kart.PNG", b"\x89PNG\r\n\x1a\nrest"),
            upload("bilde.jpg", &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
        ])
        .unwrap();
        let kinds: Vec<FileKind> = ok.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, [FileKind::Pdf, FileKind::Png, FileKind::Jpeg]);
        assert_eq!(ok[1].file_name, "kart.PNG");

        let disguised = check_uploads(vec![upload("innspill.pdf", b"<html><script>alert(1)</script>")]).unwrap_err();
        assert_eq!(disguised, vec![ValidationError::AttachmentType("innspill.pdf".into())]);

        let renamed = check_uploads(vec![upload("side.html", b"%PDF-1.4")]).unwrap();
        assert_eq!(renamed[0].file_name, "side.html.pdf", "the served name follows the content");
    }

    #[test]
    fn size_and_count_are_limited_and_empty_file_fields_skipped() {
        let big = Upload { file_name: "skann.pdf".into(), size: MAX_ATTACHMENT_BYTES + 1, bytes: b"%PDF-".to_vec() };
        assert_eq!(
            check_uploads(vec![big]).unwrap_err(),
            vec![ValidationError::AttachmentTooLarge { file: "skann.pdf".into(), max_mb: 10 }]
        );
        let four = vec![upload("a.pdf", b"%PDF-"); MAX_ATTACHMENTS + 1];
        assert_eq!(
            check_uploads(four).unwrap_err(),
            vec![ValidationError::TooManyAttachments { max: MAX_ATTACHMENTS }]
        );
        assert_eq!(check_uploads(vec![Upload::default(), Upload::default()]).unwrap(), vec![]);
        assert_eq!(
            check_uploads(vec![upload("tom.pdf", b"")]).unwrap_err(),
            vec![ValidationError::AttachmentType("tom.pdf".into())]
        );
    }

    #[test]
    fn names_lose_paths_and_control_characters() {
        assert_eq!(safe_file_name("C:\\Users\\ola\\Høringsinnspill.pdf"), "Høringsinnspill.pdf");
        assert_eq!(safe_file_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_file_name("a\r\nb\u{0}.pdf"), "ab.pdf");
        assert_eq!(safe_file_name(".htaccess"), "htaccess");
    }

    proptest! {
        #[test]
        fn any_upload_is_refused_or_stored_with_a_safe_name(name in "\\PC{0,300}", bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            match check_uploads(vec![upload(&name, &bytes)]) {
                Ok(list) => {
                    for a in list {
                        prop_assert_eq!(Some(a.kind), FileKind::sniff(&a.bytes));
                        prop_assert!(!a.file_name.contains(['/', '\\']));
                        prop_assert!(!a.file_name.chars().any(char::is_control));
                        prop_assert!(!a.file_name.starts_with('.'));
                        prop_assert!(a.file_name.chars().count() <= MAX_FILE_NAME_CHARS + 5);
                    }
                }
                Err(errors) => prop_assert!(!errors.is_empty()),
            }
        }
    }
}
