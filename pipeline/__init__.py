"""anime-digest: a seasonal anime newsletter pipeline.

Feeds are fetched into articles, articles are read into show records, shows are
merged, and a weekly digest is built, emailed and archived. See ``pipeline.app.run``
for the composition of the stages.
"""

__version__ = "0.1.0"
