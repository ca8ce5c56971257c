"""Where the tasks run: a local process pool, or a Dask distributed cluster.

Both take tasks as an iterator and give results back as they finish, keeping only a
window of tasks in flight, so that the parent's memory does not grow with the corpus.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Iterator, Optional

from ..errors import ChronologyError
from .tasks import BuildSettings, TaskResult, run_task, warm_caches, warm_up

Task = tuple[dict, bytes]            # (job, the text's bytes)
WORKER_DIED = "worker died while building it (killed, or out of memory)"


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _failed(job: dict, error: str) -> TaskResult:
    return TaskResult(text_id=job["id"], ok=False, error=error)


class LocalEngine:
    """A pool of worker processes on this machine, each warmed up once (gazetteer and model).

    Workers are forked from a clean server process (multiprocessing's forkserver), not from
    the parent, which holds threads of pyarrow by then. If a worker dies, the pool is made
    anew and the texts in flight are tried again; a text in flight at two deaths fails.
    """
    name = "local"

    def __init__(self, settings: BuildSettings, workers: Optional[int] = None):
        self.settings = settings
        self.workers = workers or default_workers()
        self._pool: Optional[ProcessPoolExecutor] = None

    def _start(self) -> ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        ctx = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        if "forkserver" in methods:
            ctx.set_forkserver_preload(["chronology.batch.preload"])
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=warm_up,
                                   initargs=(self.settings,))

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        window = 2 * self.workers
        pending: dict = {}
        deaths: dict[str, int] = {}
        retry: list[Task] = []
        self._pool = self._start()

        def submit(task: Task) -> None:
            pending[self._pool.submit(run_task, task[0], task[1], self.settings)] = task
        tasks = iter(tasks)
        while True:
            while len(pending) < window:
                task = retry.pop() if retry else next(tasks, None)
                if task is None:
                    break
                submit(task)
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                task = pending.pop(fut)
                try:
                    yield fut.result()
                except BrokenProcessPool:
                    broken = True
                    retry.append(task)
            if broken:
                retry += list(pending.values())
                pending.clear()
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = self._start()
                again = []
                for task in retry:
                    deaths[task[0]["id"]] = deaths.get(task[0]["id"], 0) + 1
                    if deaths[task[0]["id"]] >= 2:
                        yield _failed(task[0], WORKER_DIED)
                    else:
                        again.append(task)
                retry = again

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class SerialEngine:
    """Every task in this process, one after the other: for debugging, and for tests of what the
    batch does with results (engines only change where tasks run)."""
    name = "serial"
    workers = 1

    def __init__(self, settings: BuildSettings):
        self.settings = settings

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        for job, data in tasks:
            yield run_task(job, data, self.settings)

    def close(self) -> None:
        pass


class DaskEngine:
    """The same tasks on a Dask distributed cluster: at ADDRESS, or a LocalCluster started here.

    Workers must have chronology installed (the task is sent by reference); the texts' bytes
    travel with the tasks, so workers need no access to the input files or to DIR.
    """
    name = "dask"

    def __init__(self, settings: BuildSettings, workers: Optional[int] = None, scheduler: Optional[str] = None,
                 processes: bool = True):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise ChronologyError("--engine dask needs dask.distributed: pip install 'dask[distributed]'") from None
        self.settings = settings
        self._cluster = None
        if scheduler:
            try:
                self._client = Client(scheduler, timeout="20s")
            except (OSError, TimeoutError) as e:
                raise ChronologyError(f"cannot reach the Dask scheduler at {scheduler} ({e}); start one with "
                                      "`dask scheduler` and give its address, e.g. tcp://HOST:8786") from None
        else:
            self._cluster = LocalCluster(n_workers=workers or default_workers(), threads_per_worker=1,
                                         processes=processes, dashboard_address=None, silence_logs=logging.ERROR)
            self._client = Client(self._cluster)
        self.workers = max(1, sum(w.get("nthreads", 1) for w in
                                  self._client.scheduler_info().get("workers", {}).values()))
        # each worker process loads the model and fills the pipeline's caches before its first text
        self._client.run(warm_caches)

    def run(self, tasks: Iterator[Task]) -> Iterator[TaskResult]:
        from dask.distributed import as_completed
        window = 2 * self.workers
        futures = as_completed()
        jobs: dict = {}
        tasks = iter(tasks)

        def submit_next() -> bool:
            task = next(tasks, None)
            if task is None:
                return False
            fut = self._client.submit(run_task, task[0], task[1], self.settings, pure=False)
            jobs[fut] = task[0]
            futures.add(fut)
            return True
        for _ in range(window):
            if not submit_next():
                break
        for fut in futures:
            job = jobs.pop(fut)
            try:
                result = fut.result()
            except Exception as e:   # the worker was lost more often than the scheduler allows
                result = _failed(job, f"{WORKER_DIED} ({type(e).__name__})")
            fut.release()
            yield result
            submit_next()

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def make_engine(kind: str, settings: BuildSettings, workers: Optional[int] = None,
                scheduler: Optional[str] = None, processes: bool = True):
    if kind == "dask" or scheduler:
        return DaskEngine(settings, workers, scheduler, processes)
    if kind == "serial":
        return SerialEngine(settings)
    return LocalEngine(settings, workers)


