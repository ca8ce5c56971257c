"""Imported once by the process pool's fork server, before it forks the workers: the slow
imports, the language model and every cache the pipeline fills on first use are then shared
by all workers instead of loaded by each. Never raises: a worker loads what is missing itself."""
from chronology.batch.tasks import warm_caches

warm_caches()
