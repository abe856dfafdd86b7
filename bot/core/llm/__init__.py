"""The language model's part of the core: the LLM narrator, the second reading of what
the parser could not place, parameter extraction, prompt templates and token counting."""
