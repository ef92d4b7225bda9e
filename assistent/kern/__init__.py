"""De kern: de domeinlogica van de assistent, zonder Textual."""
