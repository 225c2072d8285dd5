"""The site's pages: what each generated page shows (plain data, one module a kind of page), the feeds, and
the MkDocs plugin (plugin.py) that turns the archive into pages. Each page's look is its template in overrides/.
"""
