from timeline.cli import app

app()
