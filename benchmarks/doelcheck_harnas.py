"""Harnas van de doelcheck: het volledige oordeel over tienduizenden doelen, als JSON-regels.

Voor wie de doelcheck verbouwt: draai dit vóór en na de wijziging en vergelijk. Elke regel is
één doel (tekst, naam, met of zonder schoolbestand) met het hele oordeel (`als_dict()`).

    .venv/bin/python benchmarks/doelcheck_harnas.py voor.jsonl
    … wijzigen …
    .venv/bin/python benchmarks/doelcheck_harnas.py na.jsonl
    .venv/bin/python benchmarks/doelcheck_harnas.py --vergelijk voor.jsonl na.jsonl

De doelen komen uit de gelabelde voorbeelden (`/work/shared/doelen/voorbeelden.toml`, als dat
bestand er is), `tests/data/doelen_eigen.toml` en de doelzinnen in `voorbeeldzinnen/`, plus
varianten: halverwege getypt, zonder hoofdletters, met een andere naam, en zinnen die uit
losse stukken (onderwerp, gedrag, criterium, termijn, meting) zijn samengesteld. Alles is
vast (een vast zaad, geen verzamelingen die per run anders lopen), dus twee runs op dezelfde
code geven precies hetzelfde bestand.

`--vergelijk` laat sleutels weg die alleen in het tweede bestand bestaan en die met
`--zonder` genoemd zijn (standaard `vindplaatsen`, die er na de verbouwing bij kwamen), en
controleert van elke vindplaats dat `tekst[begin:eind] == woorden`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
import tempfile
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path

HIER = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HIER))

GELABELD = Path("/work/shared/doelen/voorbeelden.toml")
NAMEN = ("Sem", "Noor", "Daan", "Aya", "Milan", "Fenna", "Yusuf", "Lotte", "Zoë", "Jan-Willem")

# Een schoolbestand zoals in docs/doelcheck.md: zo loopt ook het samenvoegen mee.
SCHOOLBESTAND = """\
[gedrag]
waarneembaar = ["knikken", "stempelen", "zwaaien"]
[vaag]
werkwoorden = ["opbloeien"]
uitdrukkingen = ["beter in haar vel", "grip krijgen op"]
geen_termijn = ["na de verbouwing"]
[termijn]
momenten = ["ouderavond", "portfoliogesprek"]
[meetinstrument.genoemd]
observatie = ["kijkwijzer"]
"""

# Losse stukken voor samengestelde doelen.
ONDERWERPEN = ("Sem", "Noor", "De leerling", "Hij", "Zij", "Ik", "Jan-Willem", "de leerling")
GEDRAG = (
    "leest {wie} een bladzijde voor",
    "rekent {wie} de sommen uit",
    "steekt {wie} zijn vinger op",
    "ruimt {wie} na de les zijn spullen op",
    "vraagt {wie} om hulp",
    "begint {wie} aan de taak",
    "laat {wie} zien hoe hij het aanpakt",
    "begrijpt {wie} de breuken",
    "werkt {wie} aan zijn handschrift",
    "snapt {wie} de uitleg",
    "krijgt {wie} extra instructie",
    "wordt {wie} begeleid door de ib'er",
    "is {wie} lui",
    "is {wie} onrustig in de kring",
    "slaat {wie} niet meer",
    "stopt {wie} met schreeuwen",
    "stopt {wie} bij het belsignaal met spelen",
    "maakt {wie} zich zorgen over de toets",
    "voelt {wie} zich veilig in de groep",
    "gaat {wie} naar de pleinwacht",
    "blijft {wie} op zijn plek zitten",
    "schrijft {wie} drie zinnen in zijn dagboek",
    "lost {wie} zonder materiaal de sommen op",
    "zit {wie} in groep 5",
    "leert {wie} plannen",
    "is {wie} in staat om stil te zitten",
    "kan {wie} beter lezen",
    "stempelt {wie} de kaart",
    "bloeit {wie} op",
)
CRITERIA = (
    "", "in 8 van de 10 keer", "80% goed", "elke ochtend", "twee keer per week", "vaker",
    "beter", "foutloos", "op AVI-niveau E5", "binnen 3 minuten", "minstens drie keer per les",
    "zo veel mogelijk", "hooguit één keer per dag", "met 45 woorden per minuut", "op 1F",
    "de helft van de opgaven", "in 4 van de 5 lessen", "rustiger", "meer dan 5 keer",
    "regelmatig", "3x per week", "tweemaal per dag", "alle sommen", "met een voldoende",
)
TERMIJNEN = (
    "", "voor de kerstvakantie", "voor 1 juni", "op 12-03-2026", "binnenkort", "eind groep 6",
    "in blok 3", "bij de evaluatie in maart", "binnen zes weken", "medio maart", "op termijn",
    "na de voorjaarsvakantie", "uiterlijk vrijdag", "volgende week", "over een tijdje",
    "voor de ouderavond", "in week 12", "eind periode 2", "voor 2026", "tot de herfstvakantie",
)
METINGEN = (
    "", "gemeten met een turflijst", "op de DMT-kaart", "bij de methodetoets",
    "met de kijkwijzer", "volgens de rubric", "(observatie)", "op de cito-toets",
)
VREEMD = (
    "", "   ", "\n\t", "x" * 3000, ("Sem leest beter. " * 200), "😀😀😀 🎉", "1234567890",
    "\x00\x01\ufeff", "İİİ wordt beter", "[x] van de [y]", "%%%%", "8 van de", "12-3", "3e",
    "Sam will improve his reading by Christmas.", "z'n, m'n (8/10) - 'sochtends", "a_b 9_9",
    "Noor\u00a0leest\u2003elke dag.", "KLAS. klas, klas; (klas)", "avi-niveau e5!", "tzt t.z.t.",
)


def _toml_doelen(pad: Path, sleutel: str = "doel") -> list[str]:
    if not pad.is_file():
        return []
    return [str(d["tekst"]) for d in tomllib.loads(pad.read_text(encoding="utf-8"))[sleutel]]


def _doelzinnen() -> list[str]:
    """De doelzinnen uit voorbeeldzinnen/, met een naam en voornaamwoorden ingevuld."""
    uit = []
    for pad in sorted((HIER / "voorbeeldzinnen").glob("*.toml")):
        for zin in tomllib.loads(pad.read_text(encoding="utf-8")).get("zin", []):
            if zin.get("doel"):
                tekst = re.sub(r"\{\{\s*[Nn]aam\s*\}\}", "Sem", zin["tekst"])
                tekst = re.sub(r"\{\{\s*(\w+)\s*\}\}", r"\1", tekst)
                uit += [tekst, re.sub(r"\[[^\]]*\]", "3", tekst)]
    return uit


def basisdoelen() -> list[str]:
    doelen = _toml_doelen(GELABELD) + _toml_doelen(HIER / "tests" / "data" / "doelen_eigen.toml")
    return list(dict.fromkeys(doelen + _doelzinnen()))


def _varianten(tekst: str, naam: str) -> Iterator[str]:
    yield tekst
    yield tekst.lower()
    yield tekst.rstrip(".")
    yield re.sub(r"\b(Sem|Noor|Daan|Tess|Bram|Lotte|Finn|Milan)\b", naam, tekst)
    yield tekst.replace(" de ", f" {naam} de ", 1)
    woorden = tekst.split(" ")
    for i in range(1, len(woorden)):  # woord voor woord getypt
        yield " ".join(woorden[:i])
    yield tekst[: max(1, len(tekst) * 2 // 3)]  # midden in een woord afgebroken
    yield f"{tekst} {tekst}"


def _samengesteld(kans: random.Random, aantal: int) -> Iterator[str]:
    for _ in range(aantal):
        wie = kans.choice(ONDERWERPEN)
        gedrag = kans.choice(GEDRAG).format(wie=wie)
        criterium, termijn, meting = (
            kans.choice(CRITERIA), kans.choice(TERMIJNEN), kans.choice(METINGEN)
        )
        vorm = kans.randrange(4)
        if vorm == 0 and termijn:  # termijn vooraan, met inversie
            delen = [termijn.capitalize(), gedrag, criterium, meting]
        elif vorm == 1:  # onderwerp vooraan
            werkwoord, _, rest = gedrag.partition(f" {wie}")
            delen = [wie[:1].upper() + wie[1:], werkwoord + rest, criterium, termijn, meting]
        elif vorm == 2:  # met komma's
            werkwoord, _, rest = gedrag.partition(f" {wie}")
            delen = [f"{wie} {werkwoord}{rest},", criterium + ",", termijn + ",", meting]
        else:  # door elkaar
            delen = [gedrag, criterium, termijn, meting]
            kans.shuffle(delen)
        zin = " ".join(d for d in delen if d and d != ",")
        yield zin + kans.choice((".", "", "!", " .", "?"))


def _losse_woorden(kans: random.Random, woorden: list[str], aantal: int) -> Iterator[str]:
    for _ in range(aantal):
        yield " ".join(kans.choice(woorden) for _ in range(kans.randrange(1, 30)))


def teksten() -> list[tuple[str, str | None, bool]]:
    """(tekst, naam, met schoolbestand) voor elk doel, in vaste volgorde, elk één keer."""
    kans = random.Random(20260601)
    basis = basisdoelen()
    alle: list[str] = []
    for tekst, naam in zip(basis, itertools.cycle(NAMEN)):
        alle.extend(_varianten(tekst, naam))
    alle.extend(_samengesteld(kans, 25_000))
    woorden = list(dict.fromkeys(w for t in basis for w in t.split()))
    alle.extend(_losse_woorden(kans, woorden, 5_000))
    alle.extend(VREEMD)
    uniek = list(dict.fromkeys(alle))
    uit: list[tuple[str, str | None, bool]] = []
    for i, tekst in enumerate(uniek):
        naam = None if i % 3 else kans.choice((*NAMEN, "de leerling", ""))
        uit.append((tekst, naam, i % 7 == 0))
    return uit


def schrijf(pad: Path) -> int:
    from assistent.kern.doelcheck import controleer

    invoer = teksten()
    with tempfile.TemporaryDirectory(prefix="opp-harnas-") as map_:
        school = Path(map_, "doelwoorden.toml")
        school.write_text(SCHOOLBESTAND, encoding="utf-8")
        start = time.perf_counter()
        with pad.open("w", encoding="utf-8") as uit:
            for tekst, naam, met_school in invoer:
                oordeel = controleer(tekst, naam=naam, extra_woorden=school if met_school else None)
                regel = {"naam": naam, "school": met_school, "oordeel": oordeel.als_dict()}
                uit.write(json.dumps(regel, ensure_ascii=False, sort_keys=True) + "\n")
        duur = time.perf_counter() - start
    print(f"{len(invoer)} doelen in {duur:.1f} s naar {pad}")
    return len(invoer)


def vergelijk(voor: Path, na: Path, zonder: tuple[str, ...]) -> int:
    """0 als elk oordeel gelijk is (op de sleutels in `zonder` na); anders 1, met voorbeelden."""
    verschillen = 0
    aantal = 0
    vindplaatsen = 0
    with voor.open(encoding="utf-8") as a, na.open(encoding="utf-8") as b:
        for nummer, (regel_a, regel_b) in enumerate(itertools.zip_longest(a, b), start=1):
            aantal += 1
            if regel_a is None or regel_b is None:
                print(f"regel {nummer}: een van de bestanden is korter")
                return 1
            oud, nieuw = json.loads(regel_a), json.loads(regel_b)
            oordeel = nieuw["oordeel"]
            tekst = oordeel["tekst"]
            for plek in oordeel.get("vindplaatsen", ()):
                vindplaatsen += 1
                if tekst[plek["begin"] : plek["eind"]] != plek["woorden"]:
                    print(f"regel {nummer}: vindplaats klopt niet met de tekst: {plek}")
                    verschillen += 1
            for sleutel in zonder:
                if sleutel not in oud["oordeel"]:
                    oordeel.pop(sleutel, None)
            if oud != nieuw:
                verschillen += 1
                if verschillen <= 10:
                    print(f"regel {nummer} verschilt:\n  voor: {regel_a.strip()}\n  na:   "
                          f"{json.dumps(nieuw, ensure_ascii=False, sort_keys=True)}")
    uitkomst = "identiek" if not verschillen else f"{verschillen} verschillen"
    print(f"{aantal} doelen vergeleken ({vindplaatsen} vindplaatsen nagekeken): {uitkomst}")
    return 1 if verschillen else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bestanden", nargs="+", type=Path,
                        help="uitvoer, of twee om te vergelijken")
    parser.add_argument("--vergelijk", action="store_true", help="vergelijk twee JSON-bestanden")
    parser.add_argument("--zonder", nargs="*", default=["vindplaatsen"],
                        help="nieuwe sleutels die bij het vergelijken niet meetellen")
    args = parser.parse_args()
    if args.vergelijk:
        if len(args.bestanden) != 2:
            parser.error("--vergelijk wil twee bestanden")
        return vergelijk(args.bestanden[0], args.bestanden[1], tuple(args.zonder))
    if len(args.bestanden) != 1:
        parser.error("geef één uitvoerbestand")
    schrijf(args.bestanden[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
