"""Woordsoorten als bits: per woord één keer berekend (`Woordinfo.woordsoorten`).

De woordronde voegt ze per doel met één `|` per woord samen. Een regel die een soort nodig
heeft die niet in het doel staat, kan niets vinden en draait niet; zo betaalt een doel alleen
voor de regels die er iets in kunnen vinden.
"""

from __future__ import annotations

from typing import Final

GRENS: Final = 1  # voegwoord of bijzinwoord: een nieuw zinsdeel
BIJZIN: Final = 2
VAN: Final = 4  # "in plaats van"
PARTIKEL: Final = 8
NEGATIEF: Final = 16
WEDERKEREND: Final = 32
HOOFDLETTERWOORD: Final = 64
VERMOGEN: Final = 128  # "(in) staat", "lukken"
LEER: Final = 256
VAAG_PAAR: Final = 512  # werkwoord van een vaag paar ("werkt … aan")
VAAG_LOS: Final = 1024  # vaag werkwoord, alleen letters
OORDEEL: Final = 2048
TRAP: Final = 4096  # vergrotende trap
VOLWASSENE: Final = 8192  # "krijgt", "wordt"
AANLEIDING: Final = 16384  # "als", "zodra", "belsignaal": een stop met aanleiding is gedrag
# Kan het werkwoord zijn, en dan waarneembaar gedrag of een persoonsvorm, ook met een partikel
# erbij ("ruimt … op") of een tweede werkwoord ("laat … zien")? Alleen deze woorden gaan door
# de gedragsregel; bij de andere zou die toch niets vinden.
GEDRAG: Final = 32768
ONDERWERP: Final = 65536  # "ik", "(de) leerling"
# Wat maar bij een deel van de woorden speelt; de woordronde kijkt alleen dan verder.
UITDRUKKING: Final = 1 << 17  # er kan een uitdrukking mee beginnen
PATROONBEGIN: Final = 1 << 18  # er kan een patroon in beginnen
PATROONSLEUTEL: Final = 1 << 19  # het staat patroondelen toe
CIJFER: Final = 1 << 20  # er staat een cijfer in

# Woordsoorten waarvan de analyse de plekken nodig heeft; ze staan bij ongeveer drie woorden
# per doel, die de woordronde apart onthoudt.
MET_PLEK: Final = GRENS | VAN | GEDRAG | PARTIKEL | HOOFDLETTERWOORD | ONDERWERP
# Bij deze woorden doet de woordronde meer dan de woordsoorten samenvoegen.
BIJZONDER: Final = PATROONSLEUTEL | PATROONBEGIN | UITDRUKKING | MET_PLEK
