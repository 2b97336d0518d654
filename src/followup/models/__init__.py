"""Chat models behind one small protocol: the embedded SmolLM2 and any OpenAI-compatible server."""
