"""``python -m pipeline`` runs the ``anime-digest`` command."""

from pipeline.cli import main

main()
