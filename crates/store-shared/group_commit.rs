// Group commit, shared by the writers of hearing responses and survey answers: one
// task takes every job waiting and writes them in one transaction, so a burst shares
// one durable commit instead of each paying its own; each sender hears back only after
// the commit (or the error that undid the whole batch).

use std::future::Future;
use std::pin::Pin;

use forebygg_app::StoreError;
use tokio::sync::{mpsc, oneshot};

use crate::db::DbPool;

/// The most jobs one transaction takes.
const BATCH: usize = 256;

/// Writes a batch in one transaction: one result per job, in order.
pub(crate) type WriteBatch<J, O> =
    for<'a> fn(&'a DbPool, &'a [J]) -> Pin<Box<dyn Future<Output = Result<Vec<O>, StoreError>> + Send + 'a>>;

type Reply<O> = oneshot::Sender<Result<O, StoreError>>;

/// The handle of a writer task.
pub(crate) struct Writer<J, O> {
    jobs: mpsc::Sender<(J, Reply<O>)>,
    name: &'static str,
}

impl<J, O> Clone for Writer<J, O> {
    fn clone(&self) -> Self {
        Writer { jobs: self.jobs.clone(), name: self.name }
    }
}

impl<J, O> std::fmt::Debug for Writer<J, O> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Writer({})", self.name)
    }
}

impl<J: Send + 'static, O: Send + 'static> Writer<J, O> {
    /// Starts the writer `name` on the current Tokio runtime.
    pub(crate) fn start(pool: DbPool, name: &'static str, write: WriteBatch<J, O>) -> Self {
        let (jobs, receiver) = mpsc::channel(4 * BATCH);
        tokio::spawn(run(pool, receiver, write));
        Writer { jobs, name }
    }

    /// Hands a job to the writer and waits until it is committed.
    pub(crate) async fn submit(&self, job: J) -> Result<O, StoreError> {
        let (reply, answer) = oneshot::channel();
        let stopped = || StoreError::Backend(format!("the {} writer has stopped", self.name));
        self.jobs.send((job, reply)).await.map_err(|_| stopped())?;
        answer.await.map_err(|_| stopped())?
    }
}

async fn run<J, O>(pool: DbPool, mut receiver: mpsc::Receiver<(J, Reply<O>)>, write: WriteBatch<J, O>) {
    while let Some(first) = receiver.recv().await {
        let mut batch = vec![first];
        while batch.len() < BATCH {
            match receiver.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let (jobs, replies): (Vec<J>, Vec<Reply<O>>) = batch.into_iter().unzip();
        match write(&pool, &jobs).await {
            Ok(results) => {
                for (reply, result) in replies.into_iter().zip(results) {
                    let _ = reply.send(Ok(result));
                }
            }
            Err(e) => {
                for reply in replies {
                    let _ = reply.send(Err(e.clone()));
                }
            }
        }
    }
}
