"""Het eigen OPP-format van een school: een Word-sjabloon vullen met het concept (docxtpl).

Eén vast veldmodel (`velden.py`), invullen in de ene sandbox (`vullen.py`), controleren
(`valideer.py`) en een voorbeeldsjabloon (`voorbeeld.py`). Zie docs/sjablonen.md.
"""
