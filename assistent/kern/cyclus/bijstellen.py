"""Bijstellen: de huidige versie van het OPP afsluiten en versie n+1 beginnen, in dezelfde sessie.

Per doel beslist de evaluatie: doorgaan (het doel en zijn metingen gaan mee), bijstellen (een
herschreven doel begint opnieuw te meten) of afsluiten (het doel gaat niet mee). Nieuwe doelen
komen erachter. De oude versie blijft precies bewaard in `sessie.versies`. Verandert het
handelingsdeel (de doelen), dan vervalt de instemming van ouders: die vraagt de
volledigheidscheck opnieuw.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from assistent.kern.cyclus.metingen import MetingFout, doelen_per_vraag
from assistent.kern.cyclus.stand import terugblik_uit
from assistent.kern.sessie.gesprek import Gesprek
from assistent.kern.sessie.herhaling import uit_herhaald_id
from assistent.kern.sessie.model import Versie, versienummer
from assistent.kern.sessie.velden_cyclus import BESLUITEN, OORDELEN

# Wat CLI en chat zeggen als het handelingsdeel veranderde (zie `instemming_opnieuw_nodig`).
INSTEMMING_OPNIEUW = "Vraag ouders opnieuw om instemming met het bijgestelde handelingsdeel."


@dataclass(frozen=True)
class Evaluatie:
    """Wat de evaluatie per doel besliste, per doelnummer: de invoer voor `bijstel`."""

    oordelen: dict[int, str] = field(default_factory=dict)
    besluiten: dict[int, str] = field(default_factory=dict)
    herschreven: dict[int, str] = field(default_factory=dict)
    nieuw: list[str] = field(default_factory=list)
    reden: str = ""  # waarom de evaluatie zo besluit (rol besluit_waarom)

    @property
    def leeg(self) -> bool:
        return not (self.oordelen or self.besluiten or self.herschreven or self.nieuw)

    def samen_met(
        self, *, besluiten: Mapping[int, str] | None = None,
        herschreven: Mapping[int, str] | None = None,
        oordelen: Mapping[int, str] | None = None, nieuw: Sequence[str] = (),
    ) -> Evaluatie:
        """De evaluatie met wat de gebruiker er nu bij zegt (de opties van `bijstellen`): een
        eigen besluit of oordeel gaat voor, een eigen tekst betekent bijstellen, en een ander
        besluit dan bijstellen laat de herschreven tekst uit de evaluatie vallen."""
        besluiten, herschreven = dict(besluiten or {}), dict(herschreven or {})
        samen_besluiten = {**self.besluiten, **besluiten,
                           **dict.fromkeys(herschreven, "bijstellen")}
        samen_tekst = {n: t for n, t in {**self.herschreven, **herschreven}.items()
                       if samen_besluiten.get(n) == "bijstellen"}
        return Evaluatie({**self.oordelen, **dict(oordelen or {})}, samen_besluiten,
                         samen_tekst, [*self.nieuw, *nieuw], self.reden)


def uit_evaluatie(gesprek: Gesprek) -> Evaluatie:
    """De oordelen, besluiten, herschreven doelen en nieuwe doelen uit de evaluatie van deze
    versie (de vragen per doel van een vragenlijst als evaluatie.toml), gelezen op rol.

    Alleen zichtbare antwoorden tellen: een herschreven tekst bij een doel dat toch doorgaat
    niet. Een bijgesteld doel zonder nieuwe tekst blijft open; `bijstel` meldt dat."""
    uit = Evaluatie()
    for stap in gesprek.zichtbaar():
        waarde = gesprek.geldig_antwoord(stap.vraag)
        if waarde is None:
            continue
        rol, nummer = stap.vraag.rol, stap.doelnummer
        if nummer is None:
            if rol == "nieuw_doel" and isinstance(waarde, list):
                uit.nieuw.extend(str(d) for d in waarde if str(d).strip())
            elif rol == "besluit_waarom":
                uit = replace(uit, reden=str(waarde).strip())
            continue
        if rol == "doel_oordeel":
            uit.oordelen[nummer] = str(waarde)
        elif rol == "doel_besluit":
            uit.besluiten[nummer] = str(waarde)
        elif rol == "doel_herschreven" and str(waarde).strip():
            uit.herschreven[nummer] = str(waarde)
    return uit


def _evaluatie_laat_bijstellen_toe(gesprek: Gesprek) -> None:
    """Bijstellen volgt de evaluatie: niet als die het OPP afsluit, en niet met een antwoord per
    doel dat niet klopt (dan zou het doel stil doorgaan)."""
    if gesprek.per_rol().get("opp_besluit") == "afsluiten":
        raise MetingFout("De evaluatie besluit het OPP af te sluiten; een nieuwe versie past daar "
                         "niet bij. Komt er toch een nieuwe versie, zet dat besluit dan op "
                         "voortzetten of bijstellen.")
    fout = next((m for m in gesprek.signalen()
                 if m.soort == "fout" and uit_herhaald_id(m.vraag) is not None), None)
    if fout is not None:
        raise MetingFout(f"Het antwoord op '{fout.vraag}' in de evaluatie klopt niet: "
                         f"{fout.tekst} Verbeter het eerst.")


def _zonder_evaluatie(gesprek: Gesprek, volgende_bewaard: bool) -> None:
    """Na het bijstellen begint de evaluatie van de nieuwe versie leeg: de antwoorden per doel,
    de nieuwe doelen en de rest van de evaluatie (sectie `evaluatie` in de vragenlijst van de
    evaluatie) staan in de oude versie. Kon de volgende evaluatie nergens anders heen, dan blijft
    die staan. De evaluatie gaat uit het gesprek tot de volgende (F10, `--evaluatie`)."""
    lijsten = [lijst.id for lijst in gesprek.vragenlijsten if lijst.vraagt_per_doel]
    weg = {v.id for lijst in gesprek.vragenlijsten if lijst.id in lijsten
           for _, v in lijst.vragen()
           if (v.sectie == "evaluatie" or v.rol == "nieuw_doel")
           and not (v.rol == "volgende_evaluatie" and not volgende_bewaard)}
    sessie = gesprek.sessie
    sessie.antwoorden = {k: v for k, v in sessie.antwoorden.items()
                         if k not in weg and uit_herhaald_id(k) is None}
    sessie.overgeslagen = [i for i in sessie.overgeslagen
                           if i not in weg and uit_herhaald_id(i) is None]
    sessie.aanvaard = {k: v for k, v in sessie.aanvaard.items()
                       if k not in weg and uit_herhaald_id(k) is None}
    for lijst_id in lijsten:
        gesprek.haal_weg(lijst_id)


def _plan_volgende(gesprek: Gesprek, volgende: object) -> bool:
    """De volgende evaluatie die de evaluatie koos, wordt de geplande evaluatie van de nieuwe
    versie (de vraag met de rol `evaluatie_datum`); False als de sessie die vraag niet heeft."""
    vraag = gesprek.vraag_met_rol("evaluatie_datum")
    if not isinstance(volgende, date) or vraag is None:
        return False
    gesprek.beantwoord(vraag.id, volgende)  # een geldige datum; waarschuwingen mogen
    return True


def _wijziging(besluiten: Mapping[int, str], nieuw: int) -> str:
    """Een korte zin over wat er veranderde, zoals 'Doel 1 gaat door; doel 2 is herschreven.'"""
    woorden = {"doorgaan": "gaat door", "bijstellen": "is herschreven",
               "afsluiten": "is afgesloten"}
    delen = [f"doel {n} {woorden[b]}" for n, b in sorted(besluiten.items())]
    if nieuw:
        delen.append("1 nieuw doel" if nieuw == 1 else f"{nieuw} nieuwe doelen")
    tekst = "; ".join(delen) or "geen veranderingen in de doelen"
    return tekst[0].upper() + tekst[1:] + "."


def _schrijf_doelen(gesprek: Gesprek, per_vraag: dict[str, list[str]], nieuw: list[str]) -> None:
    """Elk doel blijft bij zijn eigen vraag; nieuwe doelen komen bij de laatste lijstvraag."""
    vragen = {s.vraag.id: s.vraag for s in gesprek.zichtbaar() if s.vraag.rol == "doel"}
    lijsten = [i for i, v in vragen.items() if v.soort == "lijst"]
    if nieuw and not lijsten:
        raise MetingFout("Deze vragenlijst heeft geen lijst voor doelen; voeg een nieuw doel "
                         "toe in de chat.")
    if nieuw:
        per_vraag[lijsten[-1]] = [*per_vraag.get(lijsten[-1], []), *nieuw]
    for vraag_id, doelen in per_vraag.items():
        if vragen[vraag_id].soort != "lijst" and len(doelen) > 1:
            raise MetingFout("Een vraag voor één doel kan geen twee doelen krijgen.")
        if not doelen:
            # Alle doelen van deze vraag zijn afgesloten: leeg, en overgeslagen zolang het OPP
            # andere doelen heeft (anders vraagt het gesprek hem opnieuw).
            antwoorden = gesprek.sessie.antwoorden
            gesprek.sessie.antwoorden = {k: v for k, v in antwoorden.items() if k != vraag_id}
            if vraag_id not in gesprek.sessie.overgeslagen:
                gesprek.sessie.overgeslagen = [*gesprek.sessie.overgeslagen, vraag_id]
            continue
        waarde: object = doelen if vragen[vraag_id].soort == "lijst" else doelen[0]
        uitkomst = gesprek.beantwoord(vraag_id, waarde)
        if uitkomst.fouten:
            raise MetingFout(f"De nieuwe doelen kloppen niet: {uitkomst.fouten[0]}")


def bijstel(
    gesprek: Gesprek,
    datum: date,
    *,
    besluiten: Mapping[int, str] | None = None,
    herschreven: Mapping[int, str] | None = None,
    nieuw: Sequence[str] = (),
    oordelen: Mapping[int, str] | None = None,
    wijziging: str = "",
    reden: str = "",
) -> int:
    """Sluit de huidige versie af en begint de volgende; geeft het nieuwe versienummer.

    Zonder besluit gaat een doel door. Bewaren doet de aanroeper.
    """
    sessie = gesprek.sessie
    _evaluatie_laat_bijstellen_toe(gesprek)
    paren = doelen_per_vraag(gesprek)
    doelen = [doel for _, doel in paren]
    besluiten = dict(besluiten or {})
    herschreven = dict(herschreven or {})
    oordelen = dict(oordelen or {})
    for nummer in [*besluiten, *herschreven, *oordelen]:
        if not 1 <= nummer <= len(doelen):
            raise MetingFout(f"Er is geen doel {nummer}; de huidige versie heeft "
                             f"{len(doelen)} doelen.")
    for nummer in herschreven:
        besluiten.setdefault(nummer, "bijstellen")
    fout = next((b for b in besluiten.values() if b not in BESLUITEN), None) or next(
        (o for o in oordelen.values() if o not in OORDELEN), None)
    if fout is not None:
        raise MetingFout(f"'{fout}' is geen besluit of oordeel; kies een besluit uit "
                         f"{', '.join(BESLUITEN)} en een oordeel uit {', '.join(OORDELEN)}.")
    for nummer, besluit in besluiten.items():
        if besluit == "bijstellen" and not herschreven.get(nummer, "").strip():
            raise MetingFout(f"Doel {nummer} wordt bijgesteld: geef de nieuwe tekst erbij.")
    vorige_datum = sessie.versie_datum or sessie.aangemaakt.date()
    if datum < vorige_datum:
        raise MetingFout("De datum van bijstellen ligt voor het begin van de huidige versie.")
    laatste = max((m.datum for lijst in sessie.metingen.values() for m in lijst), default=None)
    if laatste is not None and datum < laatste:
        raise MetingFout(f"De datum van bijstellen ligt vóór de laatste meting "
                         f"({laatste:%d-%m-%Y}); kies een datum op of na die meting.")

    per_vraag: dict[str, list[str]] = {vraag_id: [] for vraag_id, _ in paren}
    blijvend: list[str] = []  # per doel dat doorgaat het oude nummer, in de nieuwe volgorde
    for nummer, (vraag_id, doel) in enumerate(paren, start=1):
        besluit = besluiten.setdefault(nummer, "doorgaan")
        if besluit == "afsluiten":
            continue
        per_vraag[vraag_id].append(doel if besluit == "doorgaan" else herschreven[nummer].strip())
        blijvend.append(str(nummer) if besluit == "doorgaan" else "")
    extra = [d.strip() for d in nieuw if d.strip()]

    afgesloten = Versie(
        versie=versienummer(sessie), datum=vorige_datum, wijziging=sessie.wijziging,
        reden=sessie.reden, antwoorden=copy.deepcopy(sessie.antwoorden),
        metingen={k: list(v) for k, v in sessie.metingen.items()}, doelen=list(doelen),
        oordelen={str(k): v for k, v in sorted(oordelen.items())},
        besluiten={str(k): v for k, v in sorted(besluiten.items())},
        vragenlijsten=list(sessie.vragenlijsten),
        evaluatie=_gehouden(gesprek, datum),
        terugblik=terugblik_uit(gesprek.per_rol()),
    )
    oude_antwoorden = sessie.antwoorden
    veranderd = bool(extra) or any(b != "doorgaan" for b in besluiten.values())
    if veranderd:
        try:
            _schrijf_doelen(gesprek, per_vraag, extra)
        except MetingFout:
            sessie.antwoorden = oude_antwoorden  # alles of niets
            raise
        # Het handelingsdeel is veranderd: de oude instemming geldt niet meer.
        instemming = {s.vraag.id for s in gesprek.zichtbaar() if s.vraag.rol == "instemming"}
        sessie.antwoorden = {k: v for k, v in sessie.antwoorden.items() if k not in instemming}
    # Metingen gaan mee met een doel dat doorgaat, onder zijn nieuwe nummer. Een doel dat van
    # vraag wisselt kan niet: de volgorde blijft die van het OPP.
    nieuwe_nummers = {oud: str(n) for n, oud in enumerate(blijvend, start=1) if oud}
    volgende = gesprek.per_rol().get("volgende_evaluatie")
    _zonder_evaluatie(gesprek, volgende_bewaard=_plan_volgende(gesprek, volgende))
    sessie.versies = [*sessie.versies, afgesloten]
    sessie.metingen = {nieuwe_nummers[k]: list(v) for k, v in sessie.metingen.items()
                       if k in nieuwe_nummers}
    sessie.versie_datum = datum
    sessie.wijziging = wijziging.strip() or _wijziging(besluiten, len(extra))
    sessie.reden = reden.strip()
    return versienummer(sessie)


def instemming_opnieuw_nodig(gesprek: Gesprek) -> bool:
    """Moeten ouders (opnieuw) instemmen? Ja zodra een zichtbare instemmingsvraag open staat.

    `bijstel` wist de instemming als het handelingsdeel veranderde; zo beslist de kern en
    hoeven CLI en TUI dat niet elk zelf uit de vragen af te leiden.
    """
    instemming = [s.vraag.id for s in gesprek.zichtbaar() if s.vraag.rol == "instemming"]
    return bool(instemming) and not all(v in gesprek.sessie.antwoorden for v in instemming)


def _gehouden(gesprek: Gesprek, bijstellen: date) -> date | None:
    """De datum van de jaarlijkse evaluatie met ouders in deze versie, als die er is en niet na
    het bijstellen ligt (een geplande evaluatie is nog niet gehouden)."""
    dag = gesprek.per_rol().get("evaluatie_gehouden")
    return dag if isinstance(dag, date) and dag <= bijstellen else None
