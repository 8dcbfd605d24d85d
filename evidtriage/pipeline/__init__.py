"""The scan and where it runs: walk -> hash -> dedupe -> parse -> match -> store (``stages``),
the parse step and per-file work run in workers (``parsing``, ``workers``, ``artifact_check``),
the local process pool and Dask (``executors``, ``dask_executor``, ``pathmap``, ``cgroups``),
and the officer's one command that strings them together (``triage``)."""
