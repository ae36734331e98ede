"""The shells: the ``anime-digest`` command, the weekly schedule and ``run``.

``run`` composes the stages; ``schedule`` runs it weekly under APScheduler; ``cli``
and ``subscribers_cli`` are the commands, ``console`` prints their reports and
``shell`` holds what every command shares (settings, the store, exit codes, signals).
"""
