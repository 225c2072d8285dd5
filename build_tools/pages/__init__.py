"""Generated pages: the index pages (home, timeline, topics, actors) made from all briefs.

`collect` reads every brief and groups them; `index_pages`, `charts` and
`related` are pure functions returning strings or plain data; only
`build_tools.build` writes what they return, through `files.Writer`.
"""
