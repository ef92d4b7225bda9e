"""De gespreksmotor: een pure toestandsmachine over een `Sessie`.

Antwoorden staan per vraag-id. Teruggaan of een eerder antwoord wijzigen bewaart latere
antwoorden; een vraag waarvan `toon_als` niet meer geldt wordt verborgen, maar het antwoord
blijft bewaard en telt niet mee zolang de vraag verborgen is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from assistent.kern.doelcheck import Doelchecker, Doeloordeel, controleer
from assistent.kern.sessie import afweging, datums
from assistent.kern.sessie.herhaling import herhaald_id, schuif_mee, uit_herhaald_id
from assistent.kern.sessie.model import Sessie, weergavenaam
from assistent.kern.sessie.stand import Meetoordeel, Stand
from assistent.kern.sessie.volgorde import Stap, stappen_van
from assistent.kern.taal import vul_in
from assistent.kern.tekens import zonder_stuurtekens
from assistent.kern.vragenlijst.modellen import Antwoordwaarde, Vraag, Vragenlijst
from assistent.kern.vragenlijst.waarden import (
    Melding,
    WaardeFout,
    als_invoer,
    normaliseer,
    toon,
    waarschuwingen,
)

__all__ = ["Doelchecker", "Gesprek", "Stap", "Uitkomst", "Voortgang", "doel_waarschuwingen",
           "stappen_van"]

@dataclass(frozen=True)
class Voortgang:
    beantwoord: int
    totaal: int
    onderdeel: int
    onderdelen: int
    onderdeel_titel: str
    vragenlijst_titel: str

    @property
    def over(self) -> int:
        return self.totaal - self.beantwoord

    def als_dict(self) -> dict[str, int]:
        return {
            "beantwoord": self.beantwoord,
            "totaal": self.totaal,
            "onderdeel": self.onderdeel,
            "onderdelen": self.onderdelen,
        }

    def kop(self) -> str:
        if not self.totaal or self.over == 0:
            return f"{self.vragenlijst_titel} · klaar · {self.beantwoord} vragen beantwoord"
        vragen = "nog 1 vraag" if self.over == 1 else f"nog {self.over} vragen"
        return (
            f"{self.vragenlijst_titel} · onderdeel {self.onderdeel} van {self.onderdelen}"
            f" · {vragen}"
        )


@dataclass
class Uitkomst:
    """Wat er gebeurde met een antwoord: geweigerd (fouten) of bewaard (met waarschuwingen)."""

    vraag: str
    fouten: list[str] = field(default_factory=list)
    waarschuwingen: list[str] = field(default_factory=list)

    @property
    def bewaard(self) -> bool:
        return not self.fouten


class Gesprek:
    def __init__(
        self,
        sessie: Sessie,
        vragenlijsten: Sequence[Vragenlijst],
        doelcheck: Doelchecker = controleer,
        *,
        vandaag: date | None = None,
        meetoordeel: Meetoordeel | None = None,
    ) -> None:
        self.sessie = sessie
        # Haalt een meting het criterium van een doel? Van buiten gegeven (kern/cyclus), want
        # de sessie staat onder de cyclus; zonder weet de evaluatie het niet.
        self.meetoordeel = meetoordeel
        # Voor de controle van data ('al voorbij'); tests zetten een vaste dag.
        self.vandaag = vandaag
        self.vragenlijsten = list(vragenlijsten)
        self._doelcheck = doelcheck
        self._cursor: str | None = None
        # Elke vraag één keer, ook als meer vragenlijsten hem stellen (zie `stappen_van`).
        self._bouw_stappen()

    def voeg_toe(self, lijst: Vragenlijst) -> None:
        """Zet een vragenlijst achter de andere (zoals de evaluatie bij een lopend OPP): de
        antwoorden blijven, de nieuwe vragen komen achteraan. Bewaren doet de aanroeper."""
        if lijst.id in self.sessie.vragenlijsten:
            return
        self.sessie.vragenlijsten = [*self.sessie.vragenlijsten, lijst.id]
        self.vragenlijsten = [*self.vragenlijsten, lijst]
        self._bouw_stappen()
        self._raak_aan()

    def haal_weg(self, lijst_id: str) -> None:
        """Haalt een vragenlijst uit het gesprek (de evaluatie na het bijstellen); de antwoorden
        blijven in de sessie staan. De laatste vragenlijst blijft altijd."""
        if lijst_id not in self.sessie.vragenlijsten or len(self.sessie.vragenlijsten) == 1:
            return
        self.sessie.vragenlijsten = [i for i in self.sessie.vragenlijsten if i != lijst_id]
        self.vragenlijsten = [v for v in self.vragenlijsten if v.id != lijst_id]
        self._bouw_stappen()
        self._raak_aan()

    def zet_terug(self, sessie: Sessie, vragenlijsten: Sequence[Vragenlijst]) -> None:
        """Terug naar een eerder bewaarde toestand (een kopie van sessie en vragenlijsten), als
        een wijziging op schijf niet lukte: alles of niets."""
        self.sessie = sessie
        self.vragenlijsten = list(vragenlijsten)
        self._bouw_stappen()

    def _bouw_stappen(self) -> None:
        """De vragen in gespreksvolgorde bij de vragenlijsten van nu (zie `stappen_van`)."""
        self.stappen, self._zelfde = stappen_van(self.vragenlijsten)
        self._per_id = {stap.vraag.id: stap for stap in self.stappen}
        self._vervangen = {ander: door for door, ids in self._zelfde.items() for ander in ids}
        self._cache: Stand | None = None
        self._cursor = None

    # --- opvragen -------------------------------------------------------------------------

    def stap(self, vraag_id: str) -> Stap | None:
        """De stap van een vraag; een vraag per doel alleen als dat doel er nu is."""
        stap = self._per_id.get(vraag_id)
        if stap is not None and stap.onderdeel.herhaal is not None:
            return None  # alleen per doel te beantwoorden (zie `_onbekend`)
        if stap is None and uit_herhaald_id(vraag_id) is not None:
            stap = next((s for s in self.zichtbaar() if s.vraag.id == vraag_id), None)
        return stap

    def vraag_met_rol(self, rol: str) -> Vraag | None:
        """De vraag die deze rol vervult (de eerste in het gesprek), hoe hij ook heet."""
        return next((s.vraag for s in self.stappen if s.vraag.rol == rol), None)

    @property
    def naam(self) -> str:
        """De naam van de leerling voor lijsten en koppen (gelezen via de rol `naam`)."""
        return weergavenaam(self.per_rol().get("naam"))

    @property
    def groep(self) -> Antwoordwaarde | None:
        """De groep van de leerling (via de rol `groep`), of None als die nog open is."""
        return self.per_rol().get("groep")

    def geldig_antwoord(self, vraag: Vraag) -> Antwoordwaarde | None:
        """Het bewaarde antwoord, of None als het er niet is of (met de hand) ongeldig is."""
        geldig = self._stand().geldig
        if vraag.id not in geldig:
            geldig[vraag.id] = self._normaliseer(vraag)
        return geldig[vraag.id]

    def _normaliseer(self, vraag: Vraag) -> Antwoordwaarde | None:
        if vraag.id not in self.sessie.antwoorden:
            return None
        try:
            return normaliseer(vraag, self.sessie.antwoorden[vraag.id])
        except WaardeFout:
            return None

    def _stand(self) -> Stand:
        """Afgeleide toestand, opnieuw berekend zodra antwoorden of overgeslagen veranderen.

        De motor vervangt die lijsten steeds door nieuwe objecten; aan de identiteit zien we
        dus of er iets veranderde. Zo kost een scherm vol vragen geen kwadratisch werk.
        """
        stand = self._cache
        if (
            stand is None
            or stand.antwoorden is not self.sessie.antwoorden
            or stand.overgeslagen is not self.sessie.overgeslagen
            or stand.metingen is not self.sessie.metingen
        ):
            stand = Stand(self.sessie.antwoorden, self.sessie.overgeslagen,
                          metingen=self.sessie.metingen)
            self._cache = stand
        return stand

    def zichtbaar(self) -> list[Stap]:
        """De vragen die nu gelden, in volgorde; voorwaarden zien alleen zichtbare antwoorden.

        Het advies van de afweging bepaalt de route: bij 'basisaanpak' stopt het gesprek na de
        afweging, met alleen nog de notitie voor het groepsplan.
        """
        stand = self._stand()
        if stand.zichtbaar is None:
            stand.bereken(self.stappen, self._zelfde, self.geldig_antwoord, self.meetoordeel)
        assert stand.zichtbaar is not None
        return list(stand.zichtbaar)

    def advies(self) -> afweging.Advies | None:
        """Het advies basisaanpak of OPP bij de antwoorden tot nu toe (per rol gelezen)."""
        self.zichtbaar()
        return self._stand().advies

    def leerlingnaam(self) -> str | None:
        """De naam onder de rol `naam` voor de doelcheck, of None (dan "de leerling")."""
        self.zichtbaar()  # de stand bij de huidige antwoorden
        naam = self._stand().per_rol.get("naam")
        return naam.strip() or None if isinstance(naam, str) else None

    def doelen(self) -> list[str]:
        """De doelen van het huidige OPP, in de volgorde (en met de nummers) van het OPP."""
        self.zichtbaar()
        return list(self._stand().doelen)

    def per_rol(self) -> dict[str, Antwoordwaarde]:
        """De geldende antwoorden van zichtbare vragen met een rol, per rol."""
        self.zichtbaar()
        return dict(self._stand().per_rol)

    def context(self) -> dict[str, Antwoordwaarde]:
        """De geldende antwoorden van zichtbare vragen, voor voorwaarden en documenten."""
        self.zichtbaar()
        return dict(self._stand().context)

    def _tekstcontext(self, vraag: Vraag) -> dict[str, Any]:
        """De context voor de teksten van een vraag; bij een vraag per doel ook dat doel."""
        self.zichtbaar()
        stand = self._stand()
        stap = self.stap(vraag.id) if uit_herhaald_id(vraag.id) is not None else None
        return dict(stand.tekstcontext(stap) if stap is not None else stand.context)

    def tekst(self, vraag: Vraag) -> str:
        return vul_in(vraag.vraag, self._tekstcontext(vraag))

    def uitleg(self, vraag: Vraag) -> str:
        return vul_in(vraag.uitleg, self._tekstcontext(vraag))

    def voorstel(self, vraag: Vraag) -> str | None:
        """Een voorstel voor het antwoord (bijvoorbeeld een samengesteld doel, of bij een vraag
        per doel de metingen van dat doel), of None."""
        if not vraag.voorstel:
            return None
        tekst = " ".join(vul_in(vraag.voorstel, self._tekstcontext(vraag)).split())
        return tekst or None

    def beginwaarde(self, vraag: Vraag) -> Any:
        """Wat er in het invoervak staat als de vraag aan de beurt is: het eerdere antwoord,
        anders het voorstel, anders de standaardwaarde, steeds in de vorm om te bewerken."""
        waarde = self.geldig_antwoord(vraag)
        if waarde is not None:
            return als_invoer(waarde)
        voorstel = self.voorstel(vraag)
        if voorstel is not None:
            # Een lijst begint met het voorstel als eerste punt (de doelbouwer van een thema).
            return [voorstel] if vraag.soort == "lijst" else voorstel
        return als_invoer(vraag.standaard) if vraag.standaard is not None else None

    def antwoordtekst(self, vraag: Vraag) -> str | None:
        """Het antwoord zoals het getoond wordt, '(overgeslagen)', of None als de vraag open is."""
        waarde = self.geldig_antwoord(vraag)
        if waarde is not None:
            return toon(vraag, waarde)
        return "(overgeslagen)" if self.is_afgehandeld(vraag) else None

    def is_afgehandeld(self, vraag: Vraag) -> bool:
        if vraag.id in self.sessie.overgeslagen and (not vraag.verplicht or self._mag_leeg(vraag)):
            return True
        return self.geldig_antwoord(vraag) is not None

    def _mag_leeg(self, vraag: Vraag) -> bool:
        """Een doelvraag zonder eigen doelen mag leeg blijven als het OPP andere doelen heeft:
        de doelen vormen samen één tabel (na bijstellen kan de doelbouwer van een thema leeg
        zijn, omdat zijn doel is afgesloten)."""
        if vraag.rol != "doel":
            return False
        eigen = self.geldig_antwoord(vraag)
        aantal = len(eigen) if isinstance(eigen, list) else int(eigen is not None)
        return len(self.doelen()) > aantal

    def volgende(self) -> Stap | None:
        """De vraag die nu aan de beurt is: de gekozen vraag, anders de eerste open vraag."""
        zichtbare = self.zichtbaar()
        if self._cursor is not None:
            gekozen = next((s for s in zichtbare if s.vraag.id == self._cursor), None)
            if gekozen is not None:
                return gekozen
            self._cursor = None
        return next((s for s in zichtbare if not self.is_afgehandeld(s.vraag)), None)

    def voortgang(self) -> Voortgang:
        zichtbare = self.zichtbaar()
        onderdelen: list[tuple[str, str]] = []
        for stap in zichtbare:
            sleutel = (stap.vragenlijst.id, stap.onderdeel.id)
            if sleutel not in onderdelen:
                onderdelen.append(sleutel)
        beantwoord = sum(1 for s in zichtbare if self.is_afgehandeld(s.vraag))
        huidige = self.volgende()
        if huidige is None:
            laatste = zichtbare[-1] if zichtbare else None
            return Voortgang(
                beantwoord, len(zichtbare), len(onderdelen), len(onderdelen),
                laatste.onderdeel.titel if laatste else "",
                self.vragenlijsten[0].titel if self.vragenlijsten else "",
            )
        index = onderdelen.index((huidige.vragenlijst.id, huidige.onderdeel.id)) + 1
        return Voortgang(
            beantwoord, len(zichtbare), index, len(onderdelen),
            huidige.onderdeel.titel, huidige.vragenlijst.titel,
        )

    def ontbrekend(self) -> list[str]:
        """Verplichte, zichtbare vragen zonder geldig antwoord."""
        return [
            s.vraag.id for s in self.zichtbaar()
            if s.vraag.verplicht and self.geldig_antwoord(s.vraag) is None
            and not (s.vraag.id in self.sessie.overgeslagen and self._mag_leeg(s.vraag))
        ]

    def signalen(self) -> list[Melding]:
        """Fouten in (met de hand ingevulde) antwoorden en openstaande waarschuwingen."""
        meldingen: list[Melding] = []
        for stap in self.zichtbaar():
            vraag = stap.vraag
            if vraag.id not in self.sessie.antwoorden:
                continue
            try:
                waarde = normaliseer(vraag, self.sessie.antwoorden[vraag.id])
            except WaardeFout as fout:
                meldingen.append(Melding(vraag.id, "fout", str(fout)))
                continue
            if vraag.id in self.sessie.aanvaard:
                continue
            for tekst in self._waarschuwingen(vraag, waarde, alleen_eigen=True):
                meldingen.append(Melding(vraag.id, "waarschuwing", tekst))
        return meldingen

    def _waarschuwingen(
        self, vraag: Vraag, waarde: Antwoordwaarde, *, alleen_eigen: bool = False
    ) -> list[str]:
        """De zachte signalen bij een geldig antwoord: de doelcheck voor elk doel, en data die
        elkaar tegenspreken (met dit nieuwe antwoord erbij)."""
        zacht = waarschuwingen(vraag, waarde)
        if vraag.soort == "doel" and isinstance(waarde, str):
            zacht.extend(doel_waarschuwingen(self._doelcheck(waarde, naam=self.leerlingnaam())))
        elif vraag.soort == "lijst" and vraag.item == "doel" and isinstance(waarde, list):
            naam = self.leerlingnaam()
            for item in waarde:
                zacht.extend(doel_waarschuwingen(self._doelcheck(item, naam=naam)))
        if vraag.rol in datums.ROLLEN:
            antwoorden = {**self.per_rol(), vraag.rol: waarde}
            zacht.extend(datums.datumwaarschuwingen(
                vraag.rol, antwoorden, self.vandaag or date.today(), alleen_eigen=alleen_eigen))
        return zacht

    # --- veranderen ------------------------------------------------------------------------

    def beantwoord(self, vraag_id: str, waarde: object, reden: str | None = None) -> Uitkomst:
        """Controleert en bewaart een antwoord. Bij een harde fout verandert er niets."""
        stap = self.stap(vraag_id)
        if stap is None:
            return Uitkomst(vraag_id, fouten=[self._onbekend(vraag_id)])
        # Zoals de vraag getoond wordt: dan klopt ook een label met de naam erin.
        stap = next((s for s in self.zichtbaar() if s.vraag.id == vraag_id), stap)
        try:
            schoon = normaliseer(stap.vraag, waarde)
        except WaardeFout as fout:
            if _leeg(waarde) and not stap.vraag.verplicht:
                # Niets invullen bij een vraag die niet hoeft, is overslaan (een lege lijst
                # nieuwe doelen: er komen er geen bij), geen fout. Een eerder antwoord vervalt:
                # wie een lijst leeg maakt, wil die punten niet meer.
                return self._maak_leeg(vraag_id, stap.vraag.rol == "doel")
            return Uitkomst(vraag_id, fouten=[str(fout)])
        zacht = self._waarschuwingen(stap.vraag, schoon)
        oude_doelen = self.doelen() if stap.vraag.rol == "doel" else None
        vorig = self.sessie.antwoorden.get(vraag_id)
        self.sessie.antwoorden = {**self.sessie.antwoorden, vraag_id: schoon}
        self.sessie.overgeslagen = [i for i in self.sessie.overgeslagen if i != vraag_id]
        # Een reden hoort bij de tekst waarvoor hij gegeven is: een nieuwe tekst vraagt opnieuw.
        aanvaard = dict(self.sessie.aanvaard)
        if reden and reden.strip():
            aanvaard[vraag_id] = zonder_stuurtekens(reden).strip()
            zacht = []
        elif not zacht or vorig != schoon:
            aanvaard.pop(vraag_id, None)
        elif vraag_id in aanvaard:
            zacht = []
        self.sessie.aanvaard = aanvaard
        self._na_wijziging(vraag_id)
        if oude_doelen is not None:
            zacht = [*zacht, *self._volg_doelen(oude_doelen)]
        return Uitkomst(vraag_id, waarschuwingen=zacht)

    def _maak_leeg(self, vraag_id: str, is_doel: bool) -> Uitkomst:
        oude_doelen = self.doelen() if is_doel else None
        self.sessie.antwoorden = {k: v for k, v in self.sessie.antwoorden.items() if k != vraag_id}
        self.sessie.aanvaard = {k: v for k, v in self.sessie.aanvaard.items() if k != vraag_id}
        uitkomst = self.sla_over(vraag_id)
        if oude_doelen is not None:
            return Uitkomst(vraag_id, waarschuwingen=self._volg_doelen(oude_doelen))
        return uitkomst

    def _volg_doelen(self, oud: list[str]) -> list[str]:
        """Na een nieuwe lijst doelen: de antwoorden per doel schuiven mee (`herhaling.py`)."""
        if not schuif_mee(self.sessie, oud, self.doelen()):
            return []
        return ["Een doel met antwoorden in de evaluatie staat niet meer in het OPP; die "
                "antwoorden staan bewaard in de notities van de sessie."]

    def _onbekend(self, vraag_id: str) -> str:
        herhaald = uit_herhaald_id(vraag_id)
        basis = self._per_id.get(herhaald[0] if herhaald else vraag_id)
        if basis is not None and basis.onderdeel.herhaal is not None:
            aantal = len(self.doelen())
            if herhaald is None:
                return (f"De vraag '{vraag_id}' wordt per doel gesteld: gebruik "
                        f"'{herhaald_id(vraag_id, 1)}' voor doel 1, enzovoort.")
            if not 1 <= herhaald[1] <= aantal:
                return (f"Er is geen doel {herhaald[1]}: het huidige OPP heeft {aantal} "
                        f"{'doel' if aantal == 1 else 'doelen'}.")
            return f"De vraag '{vraag_id}' wordt nu niet gesteld (zie de voorwaarde)."
        door = self._vervangen.get(vraag_id)
        if door is not None:
            return (f"De vraag '{vraag_id}' wordt in deze sessie gesteld als '{door}': een thema "
                    "neemt hem over, of een andere vragenlijst stelt hem al.")
        return f"Er is geen vraag met id '{vraag_id}'."

    def aanvaard(self, vraag_id: str, reden: str) -> Uitkomst:
        """Accepteert de waarschuwingen bij een bewaard antwoord, met een reden."""
        if vraag_id not in self.sessie.antwoorden:
            return Uitkomst(vraag_id, fouten=["Er is nog geen antwoord om te accepteren."])
        if not reden.strip():
            return Uitkomst(vraag_id, fouten=["Geef een korte reden waarom dit zo mag blijven."])
        schoon = zonder_stuurtekens(reden).strip()
        self.sessie.aanvaard = {**self.sessie.aanvaard, vraag_id: schoon}
        self._raak_aan()
        return Uitkomst(vraag_id)

    def sla_over(self, vraag_id: str) -> Uitkomst:
        stap = self.stap(vraag_id)
        if stap is None:
            return Uitkomst(vraag_id, fouten=[self._onbekend(vraag_id)])
        if stap.vraag.verplicht and not self._mag_leeg(stap.vraag):
            return Uitkomst(
                vraag_id,
                fouten=["Deze vraag hoort in elk OPP; overslaan kan niet. Een kort antwoord mag."],
            )
        if vraag_id not in self.sessie.overgeslagen:
            self.sessie.overgeslagen = [*self.sessie.overgeslagen, vraag_id]
        self._na_wijziging(vraag_id)
        return Uitkomst(vraag_id)

    def ga_naar(self, vraag_id: str) -> bool:
        """Zet een eerdere (zichtbare) vraag klaar om te wijzigen."""
        if any(s.vraag.id == vraag_id for s in self.zichtbaar()):
            self._cursor = vraag_id
            return True
        return False

    def stop_wijzigen(self) -> None:
        """Laat een wijziging vallen: verder bij de eerste open vraag (of het slot)."""
        open_stap = next((s for s in self.zichtbaar() if not self.is_afgehandeld(s.vraag)), None)
        self._cursor = open_stap.vraag.id if open_stap is not None else None

    def terug(self) -> Stap | None:
        """Ga naar de zichtbare vraag vóór de huidige; latere antwoorden blijven staan."""
        zichtbare = self.zichtbaar()
        huidige = self.volgende()
        positie = len(zichtbare) if huidige is None else zichtbare.index(huidige)
        if positie == 0:
            return huidige
        vorige = zichtbare[positie - 1]
        self._cursor = vorige.vraag.id
        return vorige

    def _na_wijziging(self, vraag_id: str) -> None:
        if self._cursor == vraag_id:
            self._cursor = None
        self._raak_aan()

    def _raak_aan(self) -> None:
        self.sessie.bijgewerkt = datetime.now().replace(microsecond=0)


def doel_waarschuwingen(oordeel: Doeloordeel) -> list[str]:
    """De zachte waarschuwing bij een doel dat nog niet meetbaar is (anders geen)."""
    if oordeel.meetbaar:
        return []
    ontbreekt = ", ".join(oordeel.ontbreekt)
    uitleg = " ".join(s.uitleg for s in oordeel.signalen[:2])
    kern = f"Dit doel is nog niet meetbaar (ontbreekt: {ontbreekt})." if ontbreekt else (
        "Dit doel is nog niet meetbaar."
    )
    return [f"'{oordeel.tekst}': {kern} {uitleg}".strip()]


def _leeg(waarde: object) -> bool:
    """Is er niets ingevuld: geen waarde, alleen witruimte, of een lijst van zulke waarden?"""
    if waarde is None:
        return True
    if isinstance(waarde, str):
        return not waarde.strip()
    if isinstance(waarde, list | tuple):
        return all(_leeg(deel) for deel in waarde)
    return False
