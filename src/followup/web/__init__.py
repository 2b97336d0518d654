"""`followup serve`: the drafting session and the rules behind a page on the user's own machine.

`app.create_app` builds the ASGI app (pages, JSON and event-stream endpoints, behind
`security.Guard`); `server.serve` binds it to a local port and opens the browser.
"""
