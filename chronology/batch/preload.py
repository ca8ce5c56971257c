"""Imported once by the process pool's fork server, before it forks the workers: the slow
imports (the pipeline, folium) and the language model are then shared by every worker
instead of loaded by each. Never raises: a worker loads what is missing itself."""
try:
    import chronology.pipeline  # noqa: F401
    import maps.render  # noqa: F401
    from chronology.nlp import load_model
    load_model()
except Exception:  # reported per text, with its fix, when a worker needs it
    pass
