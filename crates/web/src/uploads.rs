//! Reading a multipart form (a hearing response with files) with bounded memory.
//!
//! The CSRF check needs the form's token before a handler runs, so the middleware reads
//! the whole form here once and hands it on as a request extension. Text fields are kept
//! whole (each within a limit); of the files, at most [`MAX_KEPT_BYTES`] in all are
//! kept (enough for an imported spreadsheet, or to see that an attachment is too
//! large), the rest is counted as it streams past. Only a body over
//! [`MAX_MULTIPART_BYTES`] is refused outright.

use axum::body::Body;
use forebygg_domain::hearing::Upload;
/// The most a multipart body may carry in all.
pub const MAX_MULTIPART_BYTES: u64 = 64 * 1024 * 1024;
/// The most file bytes kept from one body: a 50,000-row spreadsheet fits.
pub const MAX_KEPT_BYTES: usize = 40 * 1024 * 1024;
/// A text field: 4 MiB, room for a spreadsheet carried through the import's mapping step.
const MAX_TEXT_FIELD_BYTES: usize = 4 * 1024 * 1024;
const MAX_PARTS: usize = 32;

/// A multipart form as read: its text fields in order, and its files.
#[derive(Clone, Debug, Default)]
pub struct MultipartForm {
    pub fields: Vec<(String, String)>,
    pub files: Vec<Upload>,
}

impl MultipartForm {
    /// The first value of a text field, or "".
    pub fn text(&self, name: &str) -> String {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// Whether a field was sent at all (a ticked checkbox).
    pub fn has(&self, name: &str) -> bool {
        self.fields.iter().any(|(k, _)| k == name)
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum ReadError {
    TooLarge,
    Malformed,
}

pub fn is_multipart(content_type: &str) -> bool {
    content_type.trim_start().to_ascii_lowercase().starts_with("multipart/form-data")
}

pub async fn read(body: Body, content_type: &str) -> Result<MultipartForm, ReadError> {
    let boundary = multer::parse_boundary(content_type).map_err(|_| ReadError::Malformed)?;
    let limits = multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(MAX_MULTIPART_BYTES));
    let mut parts = multer::Multipart::with_constraints(body.into_data_stream(), boundary, limits);
    let mut form = MultipartForm::default();
    let mut count = 0;
    while let Some(mut field) = parts.next_field().await.map_err(classify)? {
        count += 1;
        if count > MAX_PARTS {
            return Err(ReadError::Malformed);
        }
        let name = field.name().unwrap_or_default().to_owned();
        if let Some(file_name) = field.file_name().map(str::to_owned) {
            // Bytes are kept up to the limit for all files together; past it, only sizes.
            let keep = MAX_KEPT_BYTES.saturating_sub(form.files.iter().map(|f| f.bytes.len()).sum::<usize>());
            let mut upload = Upload { file_name, size: 0, bytes: Vec::new() };
            while let Some(chunk) = field.chunk().await.map_err(classify)? {
                upload.size += chunk.len() as u64;
                let room = keep.saturating_sub(upload.bytes.len());
                upload.bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
            }
            form.files.push(upload);
        } else {
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(classify)? {
                if bytes.len() + chunk.len() > MAX_TEXT_FIELD_BYTES {
                    return Err(ReadError::TooLarge);
                }
                bytes.extend_from_slice(&chunk);
            }
            let value = String::from_utf8_lossy(&bytes);
            form.fields.push((name, forebygg_domain::text::normalise(&value).into_owned()));
        }
    }
    Ok(form)
}

fn classify(e: multer::Error) -> ReadError {
    match e {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => ReadError::TooLarge,
        _ => ReadError::Malformed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(parts: &[(&str, Option<&str>, &[u8])]) -> (Body, String) {
        let mut out = Vec::new();
        for (name, file, bytes) in parts {
            out.extend_from_slice(b"--XyZ\r\n");
            match file {
                Some(f) => out.extend_from_slice(
                    format!("Content-Disposition: form-data; name=\"{name}\"; filename=\"{f}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes(),
                ),
                None => out.extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
            }
            out.extend_from_slice(bytes);
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b"--XyZ--\r\n");
        (Body::from(out), "multipart/form-data; boundary=XyZ".into())
    }

    #[tokio::test]
    async fn fields_and_files_are_read_and_large_files_only_counted() {
        let big = vec![b'%'; MAX_KEPT_BYTES + 5000];
        let (b, ct) = body(&[
            ("text", None, "Flere møteplasser".as_bytes()),
            ("consent", None, b"on"),
            ("attachments", Some("a.pdf"), b"%PDF-1.7"),
            ("attachments", Some("stor.pdf"), &big),
            ("attachments", Some(""), b""),
        ]);
        let form = read(b, &ct).await.unwrap();
        assert_eq!(form.text("text"), "Flere møteplasser");
        assert!(form.has("consent") && !form.has("publish_name"));
        assert_eq!(form.files.len(), 3);
        assert_eq!((form.files[0].size, form.files[0].bytes.as_slice()), (8, &b"%PDF-1.7"[..]));
        assert_eq!(form.files[1].size, big.len() as u64, "the whole size is known");
        assert_eq!(form.files[1].bytes.len(), MAX_KEPT_BYTES - 8, "but not more than the limit is kept");
    }

    #[tokio::test]
    async fn a_broken_body_or_an_endless_text_field_is_refused() {
        let (_, ct) = body(&[]);
        assert_eq!(read(Body::from("no boundary here"), &ct).await.unwrap_err(), ReadError::Malformed);
        assert_eq!(read(Body::from("x"), "multipart/form-data").await.unwrap_err(), ReadError::Malformed);
        let long = vec![b'a'; MAX_TEXT_FIELD_BYTES + 1];
        let (b, ct) = body(&[("text", None, &long)]);
        assert_eq!(read(b, &ct).await.unwrap_err(), ReadError::TooLarge);
    }
}
