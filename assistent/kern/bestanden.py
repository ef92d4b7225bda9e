"""Bestanden veilig lezen en schrijven, en fouten in gewone taal: voor sessies, cache en export.

Schrijven gaat altijd atomair: eerst naar een tijdelijk bestand in dezelfde map, fsync, dan
`os.replace`. Zo staat er na een crash of een volle schijf nooit een half bestand. Lezen doet
alleen gewone bestanden, tot een maximale grootte: een FIFO of `/dev/zero` met een `.toml`-naam
laat niets hangen. Een map die de assistent niet zelf maakt, houdt zijn eigen rechten.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
import time
import tomllib
import unicodedata
from pathlib import Path
from typing import Any

from assistent.kern.tekens import zonder_stuurtekens

BESTANDSMODUS = 0o600
MAPMODUS = 0o700

MAX_BESTAND = 2_000_000  # bytes: een vol sessiebestand is een paar honderd kB
MAX_DIEPTE = 20  # tabellen en lijsten in elkaar: onze bestanden komen niet boven de 8
MAX_VELD = 20_000  # tekens in één tekst of sleutel (een antwoord mag er 5000 hebben)
MAX_LIJST = 2_000  # items in één lijst

# Een tijdelijk bestand van `schrijf_atomair`: `.<naam>.<willekeurig>.tmp`.
TIJDELIJK = re.compile(r"^\..+\.[A-Za-z0-9_]{6,}\.tmp$")

_OORZAKEN = {
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quotum) is op",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ENOENT: "bestaat niet",
    errno.ENOTDIR: "een deel van het pad is een bestand, geen map",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENAMETOOLONG: "de naam is te lang",
    errno.EEXIST: "bestaat al",
    errno.EIO: "lees- of schrijffout op de schijf",
    errno.EBUSY: "is in gebruik",
    errno.ELOOP: "te veel snelkoppelingen (symlinks) achter elkaar",
    errno.EMFILE: "te veel open bestanden",
    errno.EXDEV: "ligt op een andere schijf",
}


class BestandFout(ValueError):
    """Een bestand dat niet te lezen is; `bericht` is voor mensen, `regel` waar het misgaat."""

    def __init__(self, bericht: str, regel: int | None = None) -> None:
        super().__init__(bericht)
        self.bericht = bericht
        self.regel = regel


class GrensFout(BestandFout):
    """Te groot, te diep genest of te lang: geldig, maar buiten wat de assistent aanneemt."""


class Weigering(OSError):
    """Een schrijfactie die de assistent bewust niet doet (de tekst is al Nederlands)."""


def oorzaak(fout: OSError) -> str:
    """De oorzaak van een OSError in het Nederlands ("de schijf is vol"), nooit in het Engels."""
    if isinstance(fout, Weigering):
        return str(fout.args[0]) if fout.args else "geweigerd"
    if fout.errno in _OORZAKEN:
        return _OORZAKEN[fout.errno]
    naam = errno.errorcode.get(fout.errno or 0)
    return f"systeemfout {naam}" if naam else "onbekende systeemfout"


# --- lezen ------------------------------------------------------------------------------------


def lees_bytes(pad: Path, max_grootte: int = MAX_BESTAND) -> bytes:
    """De inhoud van een gewoon bestand (een snelkoppeling ernaartoe mag), hooguit `max_grootte`.

    Geeft `BestandFout` voor een FIFO, apparaat of map, een te groot bestand of een leesfout.
    Openen zonder te blokkeren: een FIFO zonder schrijver laat het openen anders hangen.
    """
    vlaggen = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(pad, vlaggen)
    except FileNotFoundError:
        raise BestandFout("dit bestand bestaat niet") from None
    except OSError as fout:
        raise BestandFout(f"kan het bestand niet lezen ({oorzaak(fout)})") from None
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise BestandFout("dit is geen gewoon bestand (maar bijvoorbeeld een map of apparaat)")
        with os.fdopen(descriptor, "rb", closefd=False) as bestand:
            inhoud = bestand.read(max_grootte + 1)
    except OSError as fout:
        raise BestandFout(f"kan het bestand niet lezen ({oorzaak(fout)})") from None
    finally:
        os.close(descriptor)
    if len(inhoud) > max_grootte:
        raise GrensFout(f"het bestand is te groot (meer dan {max_grootte // 1000} kB)")
    return inhoud


def als_tekst(inhoud: bytes) -> str:
    """UTF-8 zonder BOM; een BOM krijgt een eigen melding, want die zie je in geen editor."""
    if inhoud.startswith(b"\xef\xbb\xbf"):
        raise BestandFout(
            "het bestand begint met een BOM (een onzichtbaar teken dat onder meer Kladblok "
            "toevoegt); sla het op als 'UTF-8' zonder BOM", 1,
        )
    try:
        return inhoud.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = inhoud.count(b"\n", 0, fout.start) + 1
        raise BestandFout("dit is geen tekstbestand (geen UTF-8)", regel) from None


def lees_toml(
    pad: Path, *, max_grootte: int = MAX_BESTAND, max_diepte: int = MAX_DIEPTE,
    max_veld: int = MAX_VELD,
) -> tuple[dict[str, Any], str]:
    """De gegevens en de tekst (voor regelnummers in meldingen) van een TOML-bestand.

    Alleen een gewoon bestand tot `max_grootte`, niet dieper genest dan `max_diepte`, met
    teksten tot `max_veld` tekens, en zonder stuurtekens (zie `kern.tekens`). Geeft `BestandFout`.
    """
    tekst = als_tekst(lees_bytes(pad, max_grootte))
    return toml_uit_tekst(tekst, max_diepte=max_diepte, max_veld=max_veld), tekst


def toml_uit_tekst(
    tekst: str, *, max_diepte: int = MAX_DIEPTE, max_veld: int = MAX_VELD
) -> dict[str, Any]:
    """TOML-tekst als gegevens, met dezelfde grenzen als `lees_toml`. Geeft `BestandFout`."""
    if tekst.startswith("\ufeff"):
        raise BestandFout("de tekst begint met een BOM; sla het bestand op zonder BOM", 1)
    try:
        ruw = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as fout:
        bericht, regel = toml_fout(fout, tekst)
        raise BestandFout(bericht, regel) from None
    except RecursionError:  # tomllib leest geneste lijsten recursief
        raise GrensFout(f"lijsten of tabellen zijn te diep genest (meer dan {max_diepte})") \
            from None
    return _schoon(ruw, max_diepte, max_veld)


def _schoon(ruw: dict[str, Any], max_diepte: int, max_veld: int) -> dict[str, Any]:
    """Controleert diepte, lengtes en stuurtekens zonder recursie (een diep bestand mag geen
    RecursionError geven) en geeft een kopie met schone teksten en sleutels."""
    wortel: dict[str, Any] = {}
    # (bron, doel, diepte, plek): elke tabel en lijst één keer, van boven naar beneden.
    werk: list[tuple[Any, Any, int, str]] = [(ruw, wortel, 1, "")]
    while werk:
        bron, doel, diepte, plek = werk.pop()
        if diepte > max_diepte:
            raise GrensFout(
                f"'{plek[:80]}' is te diep genest (meer dan {max_diepte} lagen tabellen of lijsten)"
            )
        paren = bron.items() if isinstance(bron, dict) else enumerate(bron)
        if isinstance(bron, list) and len(bron) > MAX_LIJST:
            raise GrensFout(f"de lijst '{plek[:80]}' is te lang (meer dan {MAX_LIJST} items)")
        for sleutel, waarde in paren:
            if isinstance(sleutel, str):
                sleutel = _tekst(sleutel, max_veld, plek or "sleutel")
            hier = f"{plek}[{sleutel}]" if isinstance(sleutel, int) else (
                f"{plek}.{sleutel}" if plek else sleutel)
            if isinstance(waarde, dict | list):
                kind: Any = {} if isinstance(waarde, dict) else []
                werk.append((waarde, kind, diepte + 1, hier))
                waarde = kind
            elif isinstance(waarde, str):
                waarde = _tekst(waarde, max_veld, hier)
            if isinstance(doel, dict):
                doel[sleutel] = waarde
            else:
                doel.append(waarde)
    return wortel


def _tekst(tekst: str, max_veld: int, plek: str) -> str:
    if len(tekst) > max_veld:
        raise GrensFout(f"de tekst bij '{plek[:80]}' is te lang (meer dan {max_veld} tekens)")
    return zonder_stuurtekens(tekst)


def toml_fout(fout: tomllib.TOMLDecodeError, tekst: str) -> tuple[str, int | None]:
    """Een TOML-fout als Nederlandse melding plus regelnummer (ook 'aan het eind')."""
    ruw = str(fout)
    m = re.search(r"line (\d+)", ruw)
    regel = int(m[1]) if m else None
    if regel is None and "end of document" in ruw:
        regel = tekst.count("\n") + (0 if tekst.endswith("\n") else 1)
    kern = re.sub(r"\s*\((at line \d+, column \d+|at end of document)\)", "", ruw)
    return f"geen geldige TOML ({kern})", regel


# --- schrijven --------------------------------------------------------------------------------


def maak_map(map_: Path) -> Path:
    """Maakt de map (en ontbrekende bovenliggende mappen) privé; een bestaande map blijft zoals
    hij is: een gedeelde map (1777) of een alleen-lezen map is van iemand anders."""
    ontbrekend: list[Path] = []
    stap = map_
    while not os.path.lexists(stap) and stap != stap.parent:
        ontbrekend.append(stap)
        stap = stap.parent
    for nieuw in reversed(ontbrekend):
        try:
            os.mkdir(nieuw, MAPMODUS)
        except FileExistsError:
            continue  # tegelijk door een ander gemaakt: dan is hij ook niet van ons
        with contextlib.suppress(OSError):
            os.chmod(nieuw, MAPMODUS)  # de umask mag de rechten niet ruimer maken
    if not os.path.isdir(map_):
        raise NotADirectoryError(errno.ENOTDIR, "geen map", str(map_))
    return map_


def controleer_doel(pad: Path) -> None:
    """Schrijven mag alleen naar een gewoon bestand of een naam die nog niet bestaat.

    Een snelkoppeling (symlink) of apparaat zou `os.replace` vervangen door een gewoon bestand.
    """
    try:
        info = os.lstat(pad)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise Weigering("dit is een snelkoppeling (symlink); kies het echte bestand")
    if stat.S_ISDIR(info.st_mode):
        raise Weigering("dit is een map; geef een bestandsnaam of eindig met /")
    if not stat.S_ISREG(info.st_mode):
        raise Weigering("dit is geen gewoon bestand (maar bijvoorbeeld een apparaat)")


def schrijf_atomair(pad: Path, inhoud: bytes) -> None:
    """Schrijft `inhoud` naar `pad` (alleen voor de eigenaar leesbaar), of laat `pad` ongemoeid."""
    controleer_doel(pad)
    descriptor, tijdelijk = tempfile.mkstemp(prefix=f".{pad.name}.", suffix=".tmp", dir=pad.parent)
    try:
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(inhoud)
            bestand.flush()
            os.fsync(bestand.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tijdelijk, BESTANDSMODUS)
        os.replace(tijdelijk, pad)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tijdelijk)
        raise
    if hasattr(os, "O_DIRECTORY"):
        with contextlib.suppress(OSError):
            map_fd = os.open(pad.parent, os.O_DIRECTORY)
            try:
                os.fsync(map_fd)
            finally:
                os.close(map_fd)


def veilige_naam(tekst: str, reserve: str = "sessie", lengte: int = 80) -> str:
    """Een bestandsnaam uit vrije tekst: letters, cijfers, `-`, `_` en `.`, nooit een pad."""
    plat = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode()
    naam = re.sub(r"[^A-Za-z0-9_.-]+", "-", plat).strip(".-")[:lengte].strip(".-")
    return naam or reserve


def ruim_tijdelijk_op(map_: Path, ouder_dan: float = 60.0, *, onder_slot: bool = False) -> int:
    """Haalt tijdelijke bestanden weg die een afgebroken schrijfactie (kill -9) liet staan.

    Ze kunnen gegevens van een kind bevatten. Een schrijfactie duurt milliseconden; een
    tijdelijk bestand ouder dan `ouder_dan` seconden hoort bij niemand meer. Schrijft iedereen
    in deze map onder een `slot` (`onder_slot`, zoals in de sessiemap), dan is zonder slot
    elk tijdelijk bestand een overblijfsel, hoe jong ook.
    """
    try:
        namen = [p for p in map_.iterdir() if TIJDELIJK.match(p.name)]
        vrij = onder_slot and not any(p.name.endswith(".lock") for p in map_.iterdir())
    except OSError:
        return 0
    grens = time.time() - (0 if vrij else ouder_dan)
    weg = 0
    for pad in namen:
        with contextlib.suppress(OSError):
            info = os.lstat(pad)
            if stat.S_ISREG(info.st_mode) and info.st_mtime <= grens:
                os.unlink(pad)
                weg += 1
    return weg
