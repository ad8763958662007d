//! PDF rendering off the request threads: a request queues a job and gets its page; one
//! worker thread typesets the jobs in turn; the job's page shows where it is (place in
//! the queue, or an estimate of progress from how long the last render took) and, when
//! done, the download.
//!
//! Invariant: a job is seen only by the user of the organisation who asked for it (its
//! id is also unguessable); a published version's PDF, public by nature, is made once
//! per version and language and served to every reader. Jobs and their files live in memory for [`KEEP_FOR`]; a
//! restart loses them, which costs a click, not data.

use forebygg_domain::ids::{OrgId, UserId};
use std::collections::HashMap;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError, sync_channel};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use forebygg_render::{DocumentModel, PdfEngine};

/// How long a finished file stays to be downloaded.
const KEEP_FOR: Duration = Duration::from_secs(30 * 60);
/// How many jobs may wait; beyond that a request is told to try again shortly.
const QUEUE_LIMIT: usize = 32;
/// The guess of a render's length before one has been measured.
const FIRST_GUESS: Duration = Duration::from_secs(2);

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JobState {
    /// Waiting; `ahead` jobs come before it.
    Queued {
        ahead: usize,
    },
    /// Being typeset: an estimate in percent (never 100 before it is done).
    Running {
        percent: u8,
    },
    Done {
        pages: usize,
    },
    Failed,
}

/// A finished render: the file and its page count, or why it failed.
type Rendered = Result<(Arc<Vec<u8>>, usize), String>;

struct Job {
    org_id: OrgId,
    user_id: UserId,
    /// A published version's file, made once for every reader: reached only through
    /// [`PdfJobs::published`], never through an owner's job address.
    public: bool,
    file_name: String,
    model: Option<DocumentModel>,
    queued_at: Instant,
    started: Option<Instant>,
    result: Option<Rendered>,
}

#[derive(Default)]
struct Jobs {
    jobs: HashMap<String, Job>,
    /// Ids in the order they were queued and not yet started.
    waiting: Vec<String>,
    last_duration: Option<Duration>,
}

/// A published version's PDF as a reader finds it.
pub enum Published {
    Ready(Arc<Vec<u8>>, String),
    Making(JobState),
}

/// The queue and its worker.
pub struct PdfJobs {
    jobs: Arc<Mutex<Jobs>>,
    queue: SyncSender<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    #[error("too many PDF files are being made right now")]
    Busy,
    #[error("no random job id: {0}")]
    Random(String),
}

/// Queues a signed-in user's document for PDF and sends them to the job's page, which
/// links back to `back` (the page the PDF was asked for from); a full queue is a page
/// saying to try again shortly.
pub fn queue(
    jobs: &PdfJobs,
    at: &crate::extract::PlanAccess,
    model: DocumentModel,
    file_name: &str,
    back: &str,
) -> Result<axum::response::Response, crate::errors::PageError> {
    use axum::response::{IntoResponse, Redirect};
    match jobs.submit((at.org.id, at.actor.user.id), file_name.to_owned(), model) {
        Ok(job) => {
            let back: String = form_urlencoded::byte_serialize(back.as_bytes()).collect();
            let org = crate::ui::paths::org(&at.org.code);
            Ok(Redirect::to(&format!("{org}/pdf/{job}?back={back}")).into_response())
        }
        Err(QueueError::Busy) => {
            let ctx = &at.ctx;
            let status = axum::http::StatusCode::SERVICE_UNAVAILABLE;
            Ok(crate::errors::page(ctx, status, "pdf-title", ctx.tr().get("pdf-busy")))
        }
        Err(e @ QueueError::Random(_)) => Err(crate::errors::PageError::internal(e)),
    }
}

fn lock(jobs: &Mutex<Jobs>) -> MutexGuard<'_, Jobs> {
    jobs.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl PdfJobs {
    /// Starts the worker thread that owns the engine.
    pub fn start(engine: Box<dyn PdfEngine>) -> Self {
        let jobs = Arc::new(Mutex::new(Jobs::default()));
        let (queue, rx) = sync_channel(QUEUE_LIMIT);
        let shared = jobs.clone();
        std::thread::Builder::new()
            .name("pdf".into())
            .spawn(move || work(&*engine, &shared, &rx))
            .map(drop)
            .unwrap_or_else(|e| tracing::error!("the PDF worker did not start: {e}"));
        PdfJobs { jobs, queue }
    }

    /// Queues a document; returns the job's id.
    pub fn submit(
        &self,
        (org_id, user_id): (OrgId, UserId),
        file_name: String,
        model: DocumentModel,
    ) -> Result<String, QueueError> {
        let id = forebygg_app::tokens::random_token().map_err(|e| QueueError::Random(e.to_string()))?;
        self.enqueue(id, (org_id, user_id, false), file_name, model)
    }

    /// A published version's PDF under `key` (version and language), if it is made or
    /// being made.
    pub fn published(&self, key: &str) -> Option<Published> {
        let jobs = lock(&self.jobs);
        let id = format!("public:{key}");
        let job = jobs.jobs.get(&id).filter(|j| j.public)?;
        Some(match &job.result {
            Some(Ok((bytes, _))) => Published::Ready(bytes.clone(), job.file_name.clone()),
            _ => Published::Making(state_of(&jobs, &id, job)),
        })
    }

    /// Queues a published version's PDF under `key`, once for all readers.
    pub fn publish(&self, key: &str, org_id: OrgId, file_name: String, model: DocumentModel) -> Result<(), QueueError> {
        let id = format!("public:{key}");
        if lock(&self.jobs).jobs.contains_key(&id) {
            return Ok(());
        }
        self.enqueue(id, (org_id, UserId::new(0), true), file_name, model).map(drop)
    }

    fn enqueue(
        &self,
        id: String,
        (org_id, user_id, public): (OrgId, UserId, bool),
        file_name: String,
        model: DocumentModel,
    ) -> Result<String, QueueError> {
        {
            let mut jobs = lock(&self.jobs);
            jobs.jobs.retain(|_, j| j.queued_at.elapsed() < KEEP_FOR);
            if jobs.waiting.len() >= QUEUE_LIMIT {
                return Err(QueueError::Busy);
            }
            let job = Job {
                org_id,
                user_id,
                public,
                file_name,
                model: Some(model),
                queued_at: Instant::now(),
                started: None,
                result: None,
            };
            jobs.jobs.insert(id.clone(), job);
            jobs.waiting.push(id.clone());
        }
        match self.queue.try_send(id.clone()) {
            Ok(()) => Ok(id),
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => {
                let mut jobs = lock(&self.jobs);
                jobs.jobs.remove(&id);
                jobs.waiting.retain(|w| *w != id);
                Err(QueueError::Busy)
            }
        }
    }

    /// Where a job is, for its owner only.
    pub fn state(&self, id: &str, owner: (OrgId, UserId)) -> Option<JobState> {
        let jobs = lock(&self.jobs);
        let job = jobs.jobs.get(id).filter(|j| j.is_owned_by(owner))?;
        Some(state_of(&jobs, id, job))
    }

    /// A finished job's file and name, for its owner only.
    pub fn file(&self, id: &str, owner: (OrgId, UserId)) -> Option<(Arc<Vec<u8>>, String)> {
        let jobs = lock(&self.jobs);
        let job = jobs.jobs.get(id).filter(|j| j.is_owned_by(owner))?;
        match &job.result {
            Some(Ok((bytes, _))) => Some((bytes.clone(), job.file_name.clone())),
            _ => None,
        }
    }
}

impl Job {
    fn is_owned_by(&self, (org_id, user_id): (OrgId, UserId)) -> bool {
        !self.public && self.org_id == org_id && self.user_id == user_id
    }
}

fn state_of(jobs: &Jobs, id: &str, job: &Job) -> JobState {
    match (&job.result, job.started) {
        (Some(Ok((_, pages))), _) => JobState::Done { pages: *pages },
        (Some(Err(_)), _) => JobState::Failed,
        (None, Some(started)) => {
            let expected = jobs.last_duration.unwrap_or(FIRST_GUESS).max(Duration::from_millis(100));
            let percent = (started.elapsed().as_secs_f64() / expected.as_secs_f64() * 100.0).clamp(1.0, 95.0);
            JobState::Running { percent: percent as u8 }
        }
        (None, None) => {
            let running = jobs.jobs.values().filter(|j| j.started.is_some() && j.result.is_none()).count();
            JobState::Queued { ahead: running + jobs.waiting.iter().position(|w| w == id).unwrap_or(0) }
        }
    }
}

fn work(engine: &dyn PdfEngine, jobs: &Mutex<Jobs>, rx: &Receiver<String>) {
    while let Ok(id) = rx.recv() {
        let model = {
            let mut jobs = lock(jobs);
            jobs.waiting.retain(|w| *w != id);
            match jobs.jobs.get_mut(&id) {
                Some(job) => {
                    job.started = Some(Instant::now());
                    job.model.take()
                }
                None => None,
            }
        };
        let Some(model) = model else { continue };
        let started = Instant::now();
        let result = engine.pdf(&model).map(|(bytes, pages)| (Arc::new(bytes), pages));
        if let Err(e) = &result {
            tracing::error!(job = %id, "PDF render failed: {e}");
        }
        let mut jobs = lock(jobs);
        jobs.last_duration = Some(started.elapsed());
        if let Some(job) = jobs.jobs.get_mut(&id) {
            job.result = Some(result);
        }
    }
}
