"""What every stage shares: records, errors, settings, the clock and pure helpers.

``models`` (records that cross a stage boundary), ``reports`` (what stages report),
``errors`` (the exception tree), ``config`` (settings and the feed list), ``clock``,
``codec`` (records to JSON and back), ``logs``, ``text`` (one-line cleaning, safe
URLs), ``names`` (title folding) and ``calendar`` (seasons, air times, weekly slots).
Nothing here imports any other part of the pipeline.
"""
