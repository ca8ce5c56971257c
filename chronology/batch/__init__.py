"""`chronology batch`: many texts, built in parallel (a process pool or Dask), into one store.

    from chronology.batch import BatchOptions, run_batch
    report = run_batch(["letters/"], BatchOptions(out=Path("corpus")))
"""
__all__ = ["BatchOptions", "BatchReport", "run_batch"]


def __getattr__(name: str):
    # loaded on first use: the CLI registers the command without importing pyarrow, shapely or dask
    if name in __all__:
        from . import runner
        return getattr(runner, name)
    raise AttributeError(f"module 'chronology.batch' has no attribute {name!r}")
