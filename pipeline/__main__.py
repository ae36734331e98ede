"""``python -m pipeline`` runs the ``anime-digest`` command."""

from pipeline.app.cli import main

main()
