"""Fictional-demo name corpus: given and family names per country of origin, country profiles.

Plain data only, no randomness. See :mod:`kimdesk.demo.corpus` for the documentation of
all data structures; import from there.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NamedTuple, cast

Gender = Literal["f", "m"]

#: Client languages the app offers beside German (codes as used by the app).
APP_LANGUAGES: tuple[str, ...] = (
    "ar", "fa", "fa_AF", "ps", "uk", "ru", "tr", "kmr", "ckb", "ti", "so", "fr", "en",
)


class Weighted(NamedTuple):
    """A code with a relative weight (weights of one tuple need not sum to 100)."""

    code: str
    weight: int


@dataclass(frozen=True, slots=True)
class NameForm:
    """One name in its original script, its primary Latin spelling and alternative spellings."""

    original: str
    latin: str
    variants: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        """Return all Latin spellings, the primary one first."""
        return (self.latin, *self.variants)


@dataclass(frozen=True, slots=True)
class GivenName:
    """A given name with gender and naming tradition (a language code, see module docs)."""

    original: str
    latin: str
    variants: tuple[str, ...]
    gender: Gender
    tradition: str

    @property
    def form(self) -> NameForm:
        """Return the spellings as a :class:`NameForm`."""
        return NameForm(self.original, self.latin, self.variants)


@dataclass(frozen=True, slots=True)
class FamilyName:
    """A family name; ``feminine`` holds the female form where the language inflects it."""

    original: str
    latin: str
    variants: tuple[str, ...]
    tradition: str
    feminine: NameForm | None = None

    @property
    def form(self) -> NameForm:
        """Return the (masculine or invariant) spellings as a :class:`NameForm`."""
        return NameForm(self.original, self.latin, self.variants)

    def for_gender(self, gender: Gender) -> NameForm:
        """Return the spellings to use for a bearer of the given gender."""
        if gender == "f" and self.feminine is not None:
            return self.feminine
        return self.form


@dataclass(frozen=True, slots=True)
class ResidenceTitleInfo:
    """A residence-title code with its German label, legal basis and a demo validity."""

    code: str
    label_de: str
    legal_basis: str
    legal_area: str | None
    typical_validity_months: int | None  # None = unlimited / not applicable


@dataclass(frozen=True, slots=True)
class CountryProfile:
    """Everything the demo generator needs to know about clients from one country."""

    code: str
    name_de: str
    nationality_de: str
    script: str
    languages: tuple[Weighted, ...]
    residence: tuple[Weighted, ...]
    arrival_years: tuple[int, int]
    given_names: tuple[GivenName, ...]
    family_names: tuple[FamilyName, ...]


# --------------------------------------------------------------------------- residence titles

RESIDENCE_TITLES: tuple[ResidenceTitleInfo, ...] = (
    ResidenceTitleInfo("gestattung", "Aufenthaltsgestattung", "§ 55 AsylG", "AsylG", 6),
    ResidenceTitleInfo("duldung", "Duldung", "§ 60a AufenthG", "AufenthG", 3),
    ResidenceTitleInfo(
        "chancen_104c", "Chancen-Aufenthaltsrecht", "§ 104c AufenthG", "AufenthG", 18
    ),
    ResidenceTitleInfo(
        "ae_25a",
        "Aufenthaltserlaubnis für gut integrierte Jugendliche und junge Volljährige",
        "§ 25a AufenthG",
        "AufenthG",
        24,
    ),
    ResidenceTitleInfo(
        "ae_25b",
        "Aufenthaltserlaubnis bei nachhaltiger Integration",
        "§ 25b AufenthG",
        "AufenthG",
        24,
    ),
    ResidenceTitleInfo(
        "ae_24",
        "Aufenthaltserlaubnis zum vorübergehenden Schutz",
        "§ 24 AufenthG",
        "AufenthG",
        12,
    ),
    ResidenceTitleInfo(
        "ae_25_2",
        "Aufenthaltserlaubnis (Flüchtlingseigenschaft oder subsidiärer Schutz)",
        "§ 25 Abs. 2 AufenthG",
        "AufenthG",
        36,
    ),
    ResidenceTitleInfo(
        "ae_other", "Aufenthaltserlaubnis (sonstiger Zweck)", "AufenthG", "AufenthG", 24
    ),
    ResidenceTitleInfo(
        "niederlassung", "Niederlassungserlaubnis", "§ 9 AufenthG", "AufenthG", None
    ),
    ResidenceTitleInfo(
        "eu_freizuegigkeit", "Freizügigkeitsberechtigt (EU)", "FreizügG/EU", None, None
    ),
    ResidenceTitleInfo(
        "eingebuergert", "Eingebürgert (deutsche Staatsangehörigkeit)", "StAG", "StAG", None
    ),
)

RESIDENCE_TITLE_CODES: tuple[str, ...] = tuple(t.code for t in RESIDENCE_TITLES)


# --------------------------------------------------------------------------- builders

GivenRow = tuple[str, ...]  # (gender, original, latin, "var1|var2"[, tradition])
FamilyRow = tuple[str, ...]  # (original, latin, "var1|var2"[, tradition])


def _split(variants: str) -> tuple[str, ...]:
    return tuple(v for v in variants.split("|") if v)


def _given(tradition: str, rows: Iterable[GivenRow]) -> tuple[GivenName, ...]:
    out: list[GivenName] = []
    for row in rows:
        gender, original, latin, variants = row[:4]
        if gender not in ("f", "m"):
            raise ValueError(f"bad gender {gender!r} for {latin}")
        trad = row[4] if len(row) > 4 else tradition
        out.append(GivenName(original, latin, _split(variants), cast(Gender, gender), trad))
    return tuple(out)


def _family(tradition: str, rows: Iterable[FamilyRow]) -> tuple[FamilyName, ...]:
    out: list[FamilyName] = []
    for row in rows:
        original, latin, variants = row[:3]
        trad = row[3] if len(row) > 3 else tradition
        out.append(FamilyName(original, latin, _split(variants), trad))
    return tuple(out)


def _gendered(tradition: str, rows: Iterable[tuple[str, str, str, str, str, str]]) -> tuple[
    FamilyName, ...
]:
    """Rows: masculine original, latin, variants, feminine original, latin, variants."""
    return tuple(
        FamilyName(mo, ml, _split(mv), tradition, NameForm(fo, fl, _split(fv)))
        for mo, ml, mv, fo, fl, fv in rows
    )


def _w(*pairs: tuple[str, int]) -> tuple[Weighted, ...]:
    return tuple(Weighted(c, w) for c, w in pairs)


# --------------------------------------------------------------------------- Syria (SY)
# Arabic script. Kurmanji-speaking Syrian Kurds carry Arabic-script names on Syrian papers.

SY_GIVEN = _given("ar", [
    ("m", "محمد", "Mohammed", "Muhammad|Mohamad|Mohamed|Mohammad"),
    ("m", "أحمد", "Ahmad", "Ahmed|Achmed"),
    ("m", "محمود", "Mahmoud", "Mahmud|Mahmood"),
    ("m", "خالد", "Khaled", "Khalid|Chaled"),
    ("m", "عمر", "Omar", "Umar|Omer"),
    ("m", "علي", "Ali", "Aly"),
    ("m", "حسن", "Hassan", "Hasan"),
    ("m", "حسين", "Hussein", "Husain|Hossein|Hussain|Husein"),
    ("m", "عبد الله", "Abdullah", "Abdallah|Abdulla|Abdellah"),
    ("m", "يوسف", "Yousef", "Youssef|Yusuf|Yousif"),
    ("m", "إبراهيم", "Ibrahim", "Ebrahim|Ibraheem"),
    ("m", "مصطفى", "Mustafa", "Moustafa|Mostafa"),
    ("m", "طارق", "Tarek", "Tariq|Tarik"),
    ("m", "وليد", "Walid", "Waleed"),
    ("m", "باسل", "Basel", "Bassel|Basil"),
    ("m", "عماد", "Imad", "Emad"),
    ("m", "فراس", "Firas", "Feras"),
    ("m", "ماهر", "Maher", "Mahir"),
    ("m", "رامي", "Rami", "Ramy"),
    ("m", "جوان", "Jiwan", "Ciwan|Juwan", "kmr"),
    ("m", "آزاد", "Azad", "Azat", "kmr"),
    ("m", "شيار", "Shiyar", "Siyar|Şiyar", "kmr"),
    ("f", "فاطمة", "Fatima", "Fatma|Fatme|Fatimah"),
    ("f", "عائشة", "Aisha", "Aischa|Aysha|Ayesha"),
    ("f", "مريم", "Maryam", "Mariam|Meryem"),
    ("f", "نور", "Nour", "Nur|Noor"),
    ("f", "هبة", "Hiba", "Heba"),
    ("f", "ريم", "Reem", "Rim|Riem"),
    ("f", "لينا", "Lina", "Leena"),
    ("f", "سارة", "Sara", "Sarah"),
    ("f", "زينب", "Zainab", "Zeinab|Zaynab"),
    ("f", "ياسمين", "Yasmin", "Jasmin|Yasmine|Yasmeen"),
    ("f", "رهف", "Rahaf", ""),
    ("f", "دعاء", "Duaa", "Doaa|Dua'a|Douaa"),
    ("f", "أمل", "Amal", "Amel"),
    ("f", "هدى", "Huda", "Houda|Hoda"),
    ("f", "سلمى", "Salma", "Selma"),
    ("f", "خديجة", "Khadija", "Khadidja|Khadeeja"),
    ("f", "ولاء", "Walaa", "Wala'a|Wala"),
    ("f", "إسراء", "Israa", "Esraa|Isra|Esra"),
    ("f", "آية", "Aya", "Ayah"),
    ("f", "نسرين", "Nesrin", "Nisreen|Nasrin|Nisrin"),
    ("f", "روان", "Rawan", ""),
    ("f", "بيريفان", "Berivan", "Beriwan|Bêrîvan", "kmr"),
    ("f", "روجين", "Rojin", "Rojeen|Rojîn", "kmr"),
])

SY_FAMILY = _family("ar", [
    ("الأحمد", "Al-Ahmad", "Alahmad|Al Ahmad|Al-Ahmed"),
    ("الحسن", "Al-Hassan", "Alhassan|Al Hasan|El-Hassan"),
    ("الخطيب", "Al-Khatib", "Alkhatib|El-Khatib|Al Chatib"),
    ("حداد", "Haddad", "Hadad"),
    ("الشامي", "Al-Shami", "Alshami|El-Shami|Al-Chami"),
    ("العلي", "Al-Ali", "Alali|Al Ali"),
    ("المحمد", "Al-Mohammad", "Almohammad|Al-Muhammad|Al Mohamad"),
    ("خليل", "Khalil", "Chalil|Khaleel"),
    ("الحلبي", "Al-Halabi", "Alhalabi|El-Halabi"),
    ("الدمشقي", "Al-Dimashqi", "Aldimashqi|Al-Dimashki"),
    ("الحمصي", "Al-Homsi", "Alhomsi|El-Homsi"),
    ("النجار", "Al-Najjar", "Alnajjar|Al-Najar|Najjar"),
    ("الصباغ", "Al-Sabbagh", "Alsabbagh|Sabbagh"),
    ("قاسم", "Kassem", "Qasim|Qassem|Kasem"),
    ("سليمان", "Suleiman", "Sulaiman|Soliman|Sleiman"),
    ("عثمان", "Othman", "Osman|Uthman"),
    ("الحموي", "Al-Hamwi", "Alhamwi|Al-Hamawi"),
    ("الزعبي", "Al-Zoubi", "Alzoubi|Al-Zubi|Al-Zoabi"),
    ("الرفاعي", "Al-Rifai", "Alrifai|Al-Refai"),
    ("عبد الرحمن", "Abdulrahman", "Abdel Rahman|Abdelrahman|Abdul Rahman"),
    ("الحسين", "Al-Hussein", "Alhussein|Al-Husain"),
    ("عيسى", "Issa", "Eissa|Isa"),
    ("درويش", "Darwish", "Darwiche|Derwisch"),
    ("الموسى", "Al-Mousa", "Almousa|Al-Musa|Al Moussa"),
    ("الجاسم", "Al-Jasem", "Aljasem|Al-Jassim|Al-Jasim"),
    ("بكر", "Bakr", "Bakir|Baker"),
    ("حمدان", "Hamdan", "Hemdan"),
    ("كردي", "Kurdi", "Kurdy|Al-Kurdi", "kmr"),
    ("شيخو", "Sheikho", "Chikho|Schekho|Şêxo", "kmr"),
    ("حسو", "Hasso", "Hesso|Haso", "kmr"),
    ("ملا", "Mulla", "Molla|Mala|Mella", "kmr"),
])

# --------------------------------------------------------------------------- Iraq (IQ)
# Arabic; Kurdish (Sorani, ckb) names in Sorani orthography; Yazidi Kurmanji names on
# Iraqi papers in Arabic script.

IQ_GIVEN = _given("ar", [
    ("m", "محمد", "Mohammed", "Muhammad|Mohamad|Mohamed"),
    ("m", "علي", "Ali", "Aly"),
    ("m", "حسين", "Hussein", "Husain|Hossein|Hussain"),
    ("m", "حيدر", "Haidar", "Hayder|Haider|Heydar"),
    ("m", "عباس", "Abbas", "Abas"),
    ("m", "مصطفى", "Mustafa", "Mostafa|Moustafa"),
    ("m", "أحمد", "Ahmed", "Ahmad"),
    ("m", "مرتضى", "Murtadha", "Murtada|Murtaza"),
    ("m", "سجاد", "Sajjad", "Sajad"),
    ("m", "كرار", "Karrar", "Karar"),
    ("m", "عمار", "Ammar", "Amar"),
    ("m", "زيد", "Zaid", "Zeid|Zayd"),
    ("m", "ياسر", "Yasir", "Yasser|Jasser|Yaser"),
    ("m", "رعد", "Raad", "Ra'ad"),
    ("m", "ئازاد", "Azad", "Azat", "ckb"),
    ("m", "ڕێبوار", "Rebwar", "Rêbwar|Rebuar", "ckb"),
    ("m", "هێمن", "Hemin", "Hêmin|Hemn", "ckb"),
    ("m", "کاروان", "Karwan", "Karvan", "ckb"),
    ("m", "شێرکۆ", "Sherko", "Shirko|Şêrko", "ckb"),
    ("m", "خيري", "Khairi", "Khayri|Xeyrî", "kmr"),
    ("m", "دخيل", "Dakhil", "Dachil|Dexîl", "kmr"),
    ("f", "زهراء", "Zahraa", "Zahra|Sahra"),
    ("f", "فاطمة", "Fatima", "Fatma|Fatimah"),
    ("f", "زينب", "Zainab", "Zeinab|Zaynab"),
    ("f", "مريم", "Maryam", "Mariam"),
    ("f", "نور", "Noor", "Nour|Nur"),
    ("f", "رقية", "Ruqaya", "Rukaya|Roqaya|Ruqayyah"),
    ("f", "سرى", "Sura", "Soura"),
    ("f", "هدى", "Huda", "Hoda"),
    ("f", "شهد", "Shahad", "Schahad"),
    ("f", "بنين", "Baneen", "Banin"),
    ("f", "آيات", "Ayat", "Ayaat"),
    ("f", "دعاء", "Duaa", "Doaa"),
    ("f", "ڤیان", "Vian", "Viyan|Vyan", "ckb"),
    ("f", "شیلان", "Shilan", "Schilan|Şîlan", "ckb"),
    ("f", "هێرۆ", "Hero", "Hêro", "ckb"),
    ("f", "ژیان", "Jiyan", "Zhiyan|Jian", "ckb"),
    ("f", "نەسرین", "Nasrin", "Nesrin|Nasreen", "ckb"),
    ("f", "کوێستان", "Kwestan", "Kwêstan|Kuestan", "ckb"),
    ("f", "بيريفان", "Berivan", "Beriwan", "kmr"),
    ("f", "شيرين", "Shirin", "Shireen|Schirin", "kmr"),
])

IQ_FAMILY = _family("ar", [
    ("الجبوري", "Al-Jubouri", "Aljubouri|Al-Jaburi|Al-Juburi"),
    ("الدليمي", "Al-Dulaimi", "Aldulaimi|Al-Dulaymi"),
    ("التميمي", "Al-Tamimi", "Altamimi|Al-Tamimy"),
    ("الساعدي", "Al-Saadi", "Alsaadi|Al-Sa'idi"),
    ("العبيدي", "Al-Obaidi", "Alobaidi|Al-Ubaidi|Al-Obeidi"),
    ("الربيعي", "Al-Rubaie", "Alrubaie|Al-Rubaiy|Al-Rubaye"),
    ("الشمري", "Al-Shammari", "Alshammari|Al-Shamari"),
    ("الزبيدي", "Al-Zubaidi", "Alzubaidi|Al-Zubeidi"),
    ("الخفاجي", "Al-Khafaji", "Alkhafaji|Al-Chafadschi"),
    ("الموسوي", "Al-Musawi", "Almusawi|Al-Moussawi|Al-Mousawi"),
    ("الحسيني", "Al-Husseini", "Alhusseini|Al-Husaini|Al-Hosseini"),
    ("العزاوي", "Al-Azzawi", "Alazzawi|Al-Azawi"),
    ("الكعبي", "Al-Kaabi", "Alkaabi|Al-Ka'bi"),
    ("البياتي", "Al-Bayati", "Albayati|Al-Bayaty"),
    ("السامرائي", "Al-Samarrai", "Alsamarrai|Al-Samarraie"),
    ("الجنابي", "Al-Janabi", "Aljanabi"),
    ("العاني", "Al-Ani", "Alani|Al-Aani"),
    ("الحلي", "Al-Hilli", "Alhilli|Al-Hili"),
    ("البغدادي", "Al-Baghdadi", "Albaghdadi"),
    ("عزيز", "Aziz", "Asis|Azeez"),
    ("کەریم", "Karim", "Kareem|Kerim", "ckb"),
    ("عەبدوڵڵا", "Abdulla", "Abdullah|Ebdulla", "ckb"),
    ("ڕەسووڵ", "Rasul", "Rasoul|Rasool|Resul", "ckb"),
    ("حەمە", "Hama", "Hamma|Heme", "ckb"),
    ("سلێمانی", "Sulaimani", "Slemani|Suleimani", "ckb"),
    ("ئەمین", "Amin", "Emin|Ameen", "ckb"),
    ("قادر", "Qadir", "Kadir|Qader", "ckb"),
    ("هەورامی", "Hawrami", "Hawramy|Hewrami", "ckb"),
    ("خلف", "Khalaf", "Chalaf|Xelef", "kmr"),
    ("مراد", "Murad", "Mourad|Morad", "kmr"),
    ("حجي", "Haji", "Hajji|Hadschi", "kmr"),
])

# --------------------------------------------------------------------------- Afghanistan (AF)
# Dari in Persian script (Persian ی and ک), Pashto names in Pashto orthography (ګ ړ ۍ).
# Many Afghans have no inherited family name; in Germany a tribal or chosen name is used.

AF_GIVEN = _given("fa_AF", [
    ("m", "محمد", "Mohammad", "Muhammad|Mohammed|Mohamad|Mohamed"),
    ("m", "احمد", "Ahmad", "Ahmed"),
    ("m", "علی", "Ali", "Aly"),
    ("m", "حسین", "Hussain", "Hossein|Husain|Hussein"),
    ("m", "مصطفی", "Mustafa", "Mostafa|Moustafa"),
    ("m", "نجیب‌الله", "Najibullah", "Najibulla|Najeebullah|Nadschibullah"),
    ("m", "عبدالله", "Abdullah", "Abdulla|Abdollah"),
    ("m", "رحمت‌الله", "Rahmatullah", "Rahmatulla|Rahmatollah"),
    ("m", "ذبیح‌الله", "Zabihullah", "Zabiullah|Sabiullah|Zabihollah"),
    ("m", "اسدالله", "Asadullah", "Asadulla|Assadullah"),
    ("m", "حمید", "Hamid", "Hameed"),
    ("m", "فرهاد", "Farhad", "Ferhad"),
    ("m", "جواد", "Jawad", "Javad|Dschawad"),
    ("m", "مرتضی", "Murtaza", "Mortaza|Morteza"),
    ("m", "شفیق", "Shafiq", "Shafik|Schafik"),
    ("m", "نوید", "Nawid", "Navid|Naweed"),
    ("m", "سهراب", "Sohrab", "Suhrab"),
    ("m", "وحید", "Wahid", "Waheed|Vahid"),
    ("m", "زلمی", "Zalmai", "Zalmay|Salmai", "ps"),
    ("m", "میرویس", "Mirwais", "Mirways|Mirwaiss", "ps"),
    ("m", "اجمل", "Ajmal", "Adschmal", "ps"),
    ("m", "ګل احمد", "Gul Ahmad", "Gulahmad|Gul Ahmed", "ps"),
    ("f", "فاطمه", "Fatima", "Fatema|Fatemeh|Fatma"),
    ("f", "مریم", "Maryam", "Mariam"),
    ("f", "زهرا", "Zahra", "Sahra"),
    ("f", "نرگس", "Nargis", "Narges"),
    ("f", "شکیلا", "Shakila", "Schakila|Shakeela"),
    ("f", "فریبا", "Fariba", "Fareeba"),
    ("f", "سمیرا", "Samira", "Sameera"),
    ("f", "لیلا", "Laila", "Leila|Layla|Lila"),
    ("f", "پروانه", "Parwana", "Parwaneh|Parvaneh"),
    ("f", "رحیمه", "Rahima", "Rahime|Raheema"),
    ("f", "ستاره", "Setara", "Sitara|Setareh"),
    ("f", "شبنم", "Shabnam", "Schabnam"),
    ("f", "فرشته", "Freshta", "Fereshta|Fereshteh|Frishta"),
    ("f", "مینا", "Mina", "Meena"),
    ("f", "مرسل", "Mursal", "Morsal"),
    ("f", "زرغونه", "Zarghuna", "Zarghona|Sarghuna", "ps"),
    ("f", "ملالۍ", "Malalai", "Malalay", "ps"),
    ("f", "ګلالۍ", "Gulalai", "Gulalay|Gulali", "ps"),
])

AF_FAMILY = _family("fa_AF", [
    ("احمدی", "Ahmadi", "Ahmady|Achmadi"),
    ("حسینی", "Hussaini", "Hosseini|Husseini|Hussainy"),
    ("رحیمی", "Rahimi", "Rahimy"),
    ("محمدی", "Mohammadi", "Muhammadi|Mohamadi"),
    ("نوری", "Noori", "Nouri|Nuri"),
    ("سلطانی", "Sultani", "Soltani"),
    ("حکیمی", "Hakimi", "Hakimy"),
    ("کریمی", "Karimi", "Karimy"),
    ("حیدری", "Haidari", "Heydari|Haydari"),
    ("جعفری", "Jafari", "Jaafari|Djafari"),
    ("عزیزی", "Azizi", "Asisi|Azizy"),
    ("رسولی", "Rasuli", "Rasouli|Rasooli"),
    ("صدیقی", "Siddiqi", "Seddiqi|Sediqi|Siddiqui"),
    ("نظری", "Nazari", "Nasari|Nazary"),
    ("امیری", "Amiri", "Amiry"),
    ("یوسفی", "Yusufi", "Yousefi|Yousufi"),
    ("قادری", "Qaderi", "Kaderi|Qadiri"),
    ("رضایی", "Rezaei", "Rezai|Rezaie"),
    ("جلالی", "Jalali", "Djalali"),
    ("شریفی", "Sharifi", "Scharifi"),
    ("پوپلزی", "Popalzai", "Popalsai", "ps"),
    ("ستانکزی", "Stanikzai", "Stanekzai|Stanakzai", "ps"),
    ("احمدزی", "Ahmadzai", "Ahmadsai|Ahmadzay", "ps"),
    ("یوسفزی", "Yousafzai", "Yusufzai|Yousufzai", "ps"),
    ("نورزی", "Noorzai", "Nurzai", "ps"),
    ("درانی", "Durrani", "Durani", "ps"),
    ("مومند", "Mohmand", "Momand", "ps"),
    ("وردګ", "Wardak", "Wardag", "ps"),
    ("کاکړ", "Kakar", "Kakkar", "ps"),
    ("صافی", "Safi", "Safy", "ps"),
    ("خان", "Khan", "Chan", "ps"),
])

# --------------------------------------------------------------------------- Iran (IR)

IR_GIVEN = _given("fa", [
    ("m", "محمد", "Mohammad", "Mohamad|Muhammad|Mohammed"),
    ("m", "علی", "Ali", "Aly"),
    ("m", "حسین", "Hossein", "Hosein|Hussein|Husain"),
    ("m", "رضا", "Reza", "Resa|Riza"),
    ("m", "مهدی", "Mehdi", "Mahdi"),
    ("m", "امیر", "Amir", "Ameer"),
    ("m", "مجید", "Majid", "Madschid|Majeed"),
    ("m", "سعید", "Saeed", "Said|Saied"),
    ("m", "حمیدرضا", "Hamidreza", "Hamid Reza|Hamid-Reza"),
    ("m", "محمدرضا", "Mohammadreza", "Mohammad Reza|Mohamadreza"),
    ("m", "امیرحسین", "Amirhossein", "Amir Hossein|Amir-Hossein"),
    ("m", "مسعود", "Masoud", "Masud|Massoud|Masood"),
    ("m", "پویا", "Pouya", "Puya|Pooya"),
    ("m", "آرش", "Arash", "Arasch"),
    ("m", "کوروش", "Kourosh", "Kurosch|Kurosh"),
    ("m", "یوسف", "Yousef", "Yusuf|Yousof"),
    ("m", "مرتضی", "Morteza", "Mortaza|Murtaza"),
    ("m", "جواد", "Javad", "Jawad|Dschawad"),
    ("m", "بهنام", "Behnam", ""),
    ("m", "بابک", "Babak", ""),
    ("f", "فاطمه", "Fatemeh", "Fateme|Fatemah|Fatima"),
    ("f", "زهرا", "Zahra", "Sahra"),
    ("f", "مریم", "Maryam", "Mariam"),
    ("f", "سارا", "Sara", "Sarah"),
    ("f", "نگار", "Negar", "Nigar"),
    ("f", "شیرین", "Shirin", "Schirin|Shireen"),
    ("f", "پریسا", "Parisa", "Parissa"),
    ("f", "نازنین", "Nazanin", "Nasanin"),
    ("f", "مرجان", "Marjan", "Mardschan"),
    ("f", "الهام", "Elham", "Elhaam"),
    ("f", "آزاده", "Azadeh", "Azade|Asadeh"),
    ("f", "لیلا", "Leila", "Leyla|Layla|Laila"),
    ("f", "نسرین", "Nasrin", "Nassrin|Nasreen"),
    ("f", "فرشته", "Fereshteh", "Fereshte|Freshta"),
    ("f", "مینا", "Mina", "Meena"),
    ("f", "ژیلا", "Jila", "Zhila|Schila"),
    ("f", "الناز", "Elnaz", "Elnas"),
    ("f", "ستاره", "Setareh", "Setare|Sitara"),
    ("f", "کیمیا", "Kimia", "Kimiya"),
    ("f", "سمیرا", "Samira", "Sameera"),
])

IR_FAMILY = _family("fa", [
    ("احمدی", "Ahmadi", "Ahmady"),
    ("محمدی", "Mohammadi", "Mohamadi|Muhammadi"),
    ("حسینی", "Hosseini", "Hoseini|Husseini"),
    ("رضایی", "Rezaei", "Rezaie|Rezai|Resaei"),
    ("کریمی", "Karimi", "Karimy"),
    ("موسوی", "Mousavi", "Musavi|Moussavi"),
    ("جعفری", "Jafari", "Jaafari|Djafari"),
    ("رحیمی", "Rahimi", "Rahimy"),
    ("صادقی", "Sadeghi", "Sadeqi"),
    ("حیدری", "Heidari", "Heydari|Haidari"),
    ("قاسمی", "Ghasemi", "Qasemi|Ghassemi"),
    ("نوری", "Nouri", "Noori|Nuri"),
    ("کاظمی", "Kazemi", "Kasemi"),
    ("اکبری", "Akbari", ""),
    ("طاهری", "Taheri", ""),
    ("صالحی", "Salehi", ""),
    ("عباسی", "Abbasi", "Abasi"),
    ("نجفی", "Najafi", "Nadjafi"),
    ("یزدانی", "Yazdani", "Jasdani"),
    ("شریفی", "Sharifi", "Scharifi"),
    ("تهرانی", "Tehrani", "Teherani"),
    ("اصفهانی", "Esfahani", "Isfahani"),
    ("میرزایی", "Mirzaei", "Mirzaie|Mirsai"),
    ("بهرامی", "Bahrami", ""),
    ("امینی", "Amini", ""),
    ("فرهادی", "Farhadi", ""),
    ("کرمانی", "Kermani", "Kirmani"),
    ("ملکی", "Maleki", "Malaki"),
    ("قربانی", "Ghorbani", "Qorbani|Gorbani"),
    ("عسگری", "Asgari", "Askari"),
    ("نظری", "Nazari", "Nasari"),
    ("خسروی", "Khosravi", "Khosrawi|Chosrawi"),
    ("زارعی", "Zarei", "Zareie|Sarei"),
])

# --------------------------------------------------------------------------- Ukraine (UA)
# Primary Latin form = Ukrainian national transliteration (KMU 2010, used in passports);
# variants: older passport spellings, German (Duden) spellings, Russian-derived forms.

UA_GIVEN = _given("uk", [
    ("m", "Олександр", "Oleksandr", "Olexandr|Oleksander|Aleksandr"),
    ("m", "Андрій", "Andrii", "Andriy|Andrij|Andrey"),
    ("m", "Дмитро", "Dmytro", "Dmitro|Dmitry"),
    ("m", "Сергій", "Serhii", "Serhiy|Serhij|Sergii|Sergey"),
    ("m", "Володимир", "Volodymyr", "Wolodymyr|Volodimir|Vladimir"),
    ("m", "Максим", "Maksym", "Maxym|Maksim|Maxim"),
    ("m", "Іван", "Ivan", "Iwan"),
    ("m", "Микола", "Mykola", "Mikola|Nikolai"),
    ("m", "Богдан", "Bohdan", "Bogdan"),
    ("m", "Віталій", "Vitalii", "Vitaliy|Witalij|Vitaly"),
    ("m", "Юрій", "Yurii", "Yuriy|Jurij|Yury"),
    ("m", "Тарас", "Taras", ""),
    ("m", "Артем", "Artem", "Artjom|Artyom"),
    ("m", "Олег", "Oleh", "Oleg"),
    ("m", "Євген", "Yevhen", "Yevgen|Jewhen|Ievgen|Evgeniy"),
    ("m", "Ігор", "Ihor", "Igor"),
    ("m", "Роман", "Roman", ""),
    ("m", "Павло", "Pavlo", "Pawlo|Pavel"),
    ("m", "Денис", "Denys", "Denis"),
    ("m", "Михайло", "Mykhailo", "Mykhaylo|Mychajlo|Mikhail"),
    ("f", "Юлія", "Yuliia", "Julija|Yulia|Yuliya"),
    ("f", "Олена", "Olena", "Elena"),
    ("f", "Тетяна", "Tetiana", "Tetyana|Tetjana|Tatiana"),
    ("f", "Наталія", "Nataliia", "Natalia|Natalija|Nataliya"),
    ("f", "Ірина", "Iryna", "Irina"),
    ("f", "Оксана", "Oksana", "Oxana"),
    ("f", "Світлана", "Svitlana", "Switlana|Svetlana"),
    ("f", "Анна", "Anna", ""),
    ("f", "Ганна", "Hanna", "Ganna"),
    ("f", "Марія", "Mariia", "Maria|Marija|Mariya"),
    ("f", "Катерина", "Kateryna", "Katerina|Ekaterina"),
    ("f", "Вікторія", "Viktoriia", "Viktoria|Wiktorija|Viktoriya"),
    ("f", "Людмила", "Liudmyla", "Lyudmyla|Ljudmyla|Ludmila"),
    ("f", "Валентина", "Valentyna", "Walentyna|Valentina"),
    ("f", "Дарина", "Daryna", "Darina"),
    ("f", "Софія", "Sofiia", "Sofia|Sofija|Sofiya"),
    ("f", "Анастасія", "Anastasiia", "Anastasia|Anastasija|Anastasiya"),
    ("f", "Ольга", "Olha", "Olga"),
    ("f", "Інна", "Inna", ""),
    ("f", "Галина", "Halyna", "Galina|Halina"),
])

UA_FAMILY = _family("uk", [
    ("Шевченко", "Shevchenko", "Schewtschenko|Shevtchenko"),
    ("Бондаренко", "Bondarenko", ""),
    ("Коваленко", "Kovalenko", "Kowalenko"),
    ("Ткаченко", "Tkachenko", "Tkatschenko"),
    ("Кравченко", "Kravchenko", "Krawtschenko"),
    ("Бойко", "Boiko", "Boyko|Bojko"),
    ("Коваль", "Koval", "Kowal"),
    ("Олійник", "Oliinyk", "Oliynyk|Olijnyk"),
    ("Шевчук", "Shevchuk", "Schewtschuk"),
    ("Поліщук", "Polishchuk", "Polischtschuk|Polishuk"),
    ("Мельник", "Melnyk", "Melnik"),
    ("Ткачук", "Tkachuk", "Tkatschuk"),
    ("Марченко", "Marchenko", "Martschenko"),
    ("Савченко", "Savchenko", "Sawtschenko"),
    ("Руденко", "Rudenko", ""),
    ("Мороз", "Moroz", "Moros"),
    ("Лисенко", "Lysenko", "Lissenko|Lisenko"),
    ("Петренко", "Petrenko", ""),
    ("Клименко", "Klymenko", "Klimenko"),
    ("Павленко", "Pavlenko", "Pawlenko"),
    ("Савчук", "Savchuk", "Sawtschuk"),
    ("Кузьменко", "Kuzmenko", "Kusmenko"),
    ("Гончаренко", "Honcharenko", "Gontscharenko|Goncharenko"),
    ("Левченко", "Levchenko", "Lewtschenko"),
    ("Харченко", "Kharchenko", "Chartschenko|Harchenko"),
    ("Кравчук", "Kravchuk", "Krawtschuk"),
    ("Іваненко", "Ivanenko", "Iwanenko"),
    ("Захарченко", "Zakharchenko", "Sachartschenko|Zaharchenko"),
    ("Литвиненко", "Lytvynenko", "Lytwynenko|Litvinenko"),
    ("Сидоренко", "Sydorenko", "Sidorenko"),
    ("Гриценко", "Hrytsenko", "Hryzenko|Gritsenko"),
    ("Яковенко", "Yakovenko", "Jakowenko"),
    ("Кушнір", "Kushnir", "Kuschnir"),
    ("Карпенко", "Karpenko", ""),
    ("Ковальчук", "Kovalchuk", "Kowaltschuk"),
])

# --------------------------------------------------------------------------- Turkey (TR)
# Original = Turkish spelling; primary Latin = ASCII form; variants = German MRZ style
# (Ö→OE, Ü→UE) or German phonetic spellings. Kurdish (Kurmanji) given names are written in
# the Turkish alphabet on Turkish papers; family names are Turkish (surname law of 1934).

TR_GIVEN = _given("tr", [
    ("m", "Mehmet", "Mehmet", "Mehmed"),
    ("m", "Mustafa", "Mustafa", ""),
    ("m", "Ahmet", "Ahmet", "Ahmed"),
    ("m", "Ali", "Ali", ""),
    ("m", "Hüseyin", "Huseyin", "Hueseyin"),
    ("m", "Hasan", "Hasan", "Hassan"),
    ("m", "İbrahim", "Ibrahim", ""),
    ("m", "İsmail", "Ismail", ""),
    ("m", "Osman", "Osman", ""),
    ("m", "Yusuf", "Yusuf", ""),
    ("m", "Murat", "Murat", "Murad"),
    ("m", "Emre", "Emre", ""),
    ("m", "Burak", "Burak", ""),
    ("m", "Serkan", "Serkan", ""),
    ("m", "Ömer", "Omer", "Oemer"),
    ("m", "Ramazan", "Ramazan", "Ramasan"),
    ("m", "Yasin", "Yasin", "Jasin"),
    ("m", "Enes", "Enes", ""),
    ("m", "Rojhat", "Rojhat", "Rojhad", "kmr"),
    ("m", "Baran", "Baran", "", "kmr"),
    ("m", "Serhat", "Serhat", "Serhad", "kmr"),
    ("f", "Ayşe", "Ayse", "Aysche|Ayshe"),
    ("f", "Fatma", "Fatma", ""),
    ("f", "Emine", "Emine", ""),
    ("f", "Hatice", "Hatice", "Hatidsche"),
    ("f", "Zeynep", "Zeynep", "Zeinep"),
    ("f", "Elif", "Elif", ""),
    ("f", "Meryem", "Meryem", ""),
    ("f", "Şerife", "Serife", "Scherife"),
    ("f", "Gülsüm", "Gulsum", "Guelsuem"),
    ("f", "Özlem", "Ozlem", "Oezlem"),
    ("f", "Büşra", "Busra", "Buesra|Buschra"),
    ("f", "Esra", "Esra", ""),
    ("f", "Kübra", "Kubra", "Kuebra"),
    ("f", "Songül", "Songul", "Songuel"),
    ("f", "Leyla", "Leyla", "Leila"),
    ("f", "Derya", "Derya", ""),
    ("f", "Dilan", "Dilan", "", "kmr"),
    ("f", "Rojda", "Rojda", "", "kmr"),
    ("f", "Berfin", "Berfin", "", "kmr"),
    ("f", "Gülizar", "Gulizar", "Guelizar", "kmr"),
])

TR_FAMILY = _family("tr", [
    ("Yılmaz", "Yilmaz", ""),
    ("Kaya", "Kaya", ""),
    ("Demir", "Demir", ""),
    ("Şahin", "Sahin", "Schahin"),
    ("Çelik", "Celik", "Tschelik"),
    ("Yıldız", "Yildiz", ""),
    ("Yıldırım", "Yildirim", ""),
    ("Öztürk", "Ozturk", "Oeztuerk"),
    ("Aydın", "Aydin", ""),
    ("Özdemir", "Ozdemir", "Oezdemir"),
    ("Arslan", "Arslan", ""),
    ("Doğan", "Dogan", ""),
    ("Kılıç", "Kilic", "Kilitsch"),
    ("Aslan", "Aslan", ""),
    ("Çetin", "Cetin", "Tschetin"),
    ("Kara", "Kara", ""),
    ("Koç", "Koc", "Kotsch"),
    ("Kurt", "Kurt", ""),
    ("Özkan", "Ozkan", "Oezkan"),
    ("Şimşek", "Simsek", "Schimschek"),
    ("Polat", "Polat", ""),
    ("Korkmaz", "Korkmaz", ""),
    ("Güneş", "Gunes", "Guenes"),
    ("Tekin", "Tekin", ""),
    ("Aktaş", "Aktas", "Aktasch"),
    ("Yavuz", "Yavuz", ""),
    ("Ekinci", "Ekinci", "Ekindschi"),
    ("Tunç", "Tunc", "Tuntsch"),
    ("Bulut", "Bulut", ""),
    ("Keskin", "Keskin", ""),
    ("Ateş", "Ates", "Atesch"),
    ("Acar", "Acar", "Adschar"),
])

# --------------------------------------------------------------------------- Eritrea (ER)
# Tigrinya in Ethiopic script. Eritreans carry father's and grandfather's given names; the
# "family name" below is therefore a (male) given name used as surname.

ER_GIVEN = _given("ti", [
    ("m", "ዳዊት", "Dawit", "Davit"),
    ("m", "ዮናስ", "Yonas", "Jonas"),
    ("m", "ሰሎሞን", "Solomon", "Selemon|Salomon"),
    ("m", "ተስፋይ", "Tesfay", "Tesfai"),
    ("m", "ሙሴ", "Musie", "Mussie|Muse"),
    ("m", "ዮሃንስ", "Yohannes", "Johannes|Yohanes"),
    ("m", "ሃብቶም", "Habtom", "Habtum"),
    ("m", "ኣማኑኤል", "Amanuel", "Emanuel"),
    ("m", "ሚካኤል", "Michael", "Mikael|Mikiel"),
    ("m", "ገብረመድህን", "Gebremedhin", "Ghebremedhin"),
    ("m", "ተኽለ", "Tekle", "Tecle"),
    ("m", "ብርሃነ", "Berhane", "Birhane|Berhani"),
    ("m", "ፍሰሃ", "Fsaha", "Fesaha|Fisaha"),
    ("m", "ሄኖክ", "Henok", ""),
    ("m", "ናትናኤል", "Natnael", "Nathanael|Natnail"),
    ("m", "ኣሮን", "Aron", "Aaron"),
    ("m", "ክብሮም", "Kibrom", "Kbrom|Kebrom"),
    ("m", "መሓሪ", "Mehari", "Mahari"),
    ("m", "ሰመረ", "Semere", "Semre"),
    ("m", "ኣብርሃም", "Abraham", "Abrham|Abreham"),
    ("m", "የማነ", "Yemane", "Jemane|Yemani"),
    ("m", "መሓመድ", "Mohammed", "Mohamed|Mehamed"),
    ("m", "ዓወት", "Awet", "Awat"),
    ("f", "ሳባ", "Saba", ""),
    ("f", "ሉዋም", "Luwam", "Lwam|Luam"),
    ("f", "ሰላም", "Selam", "Salam"),
    ("f", "ሄለን", "Helen", "Hellen"),
    ("f", "ፊዮሪ", "Fiori", "Fyori"),
    ("f", "ብርኽቲ", "Brikti", "Berikti|Birikti"),
    ("f", "ሕይወት", "Hiwet", "Hiwot|Heywet"),
    ("f", "ኤልሳ", "Elsa", ""),
    ("f", "ሰናይት", "Senait", "Senayt"),
    ("f", "ኣበባ", "Abeba", "Ababa"),
    ("f", "ዮርዳኖስ", "Yordanos", "Jordanos"),
    ("f", "ሊድያ", "Lidia", "Lydia|Lidya"),
    ("f", "ምሕረት", "Mihret", "Mehret|Mihrit"),
    ("f", "ኣስቴር", "Aster", "Ester"),
    ("f", "ራሕዋ", "Rahwa", "Rahua"),
    ("f", "ሃና", "Hana", "Hanna"),
    ("f", "ፍረወይኒ", "Freweini", "Frewini|Fireweini"),
    ("f", "ትርሓስ", "Terhas", "Tirhas|Trhas"),
])

ER_FAMILY = _family("ti", [
    ("ተስፋማርያም", "Tesfamariam", "Tesfamaryam"),
    ("ገብረየሱስ", "Gebreyesus", "Ghebreyesus"),
    ("ሃይለ", "Haile", "Hayle"),
    ("ኪዳነ", "Kidane", "Kidanne"),
    ("ገብረሕይወት", "Gebrehiwet", "Ghebrehiwet"),
    ("ወልደሚካኤል", "Weldemichael", "Woldemichael|Woldemikael"),
    ("ተወልደ", "Tewelde", "Tewolde"),
    ("ገብረመስቀል", "Gebremeskel", "Ghebremeskel"),
    ("ኣብርሃ", "Abraha", "Abreha"),
    ("ገብረስላሴ", "Gebreselassie", "Ghebreselassie|Gebrselassie"),
    ("መኮንን", "Mekonnen", "Mekonen"),
    ("ዘርኣይ", "Zerai", "Zeray"),
    ("ተኽላይ", "Teklay", "Teklai|Tecklai"),
    ("ሃብተ", "Habte", ""),
    ("ኣስፍሃ", "Asfaha", "Asfha"),
    ("ሃብተማርያም", "Habtemariam", "Habtemaryam"),
    ("ወልዱ", "Weldu", "Woldu"),
    ("ጎይትኦም", "Goitom", "Goytom"),
    ("መስፍን", "Mesfin", ""),
    ("ገረዝጊሄር", "Gerezgiher", "Gherezghiher"),
    ("ዓንደሚካኤል", "Andemichael", "Andemikael"),
    ("ንጉሰ", "Negusse", "Nigusse|Negussie"),
    ("ወልደጊዮርጊስ", "Weldegiorgis", "Woldegiorgis"),
    ("ፀጋይ", "Tsegay", "Tsegai|Zegai"),
    ("ኤፍሬም", "Efrem", "Ephrem"),
    ("ኪሮስ", "Kiros", ""),
    ("ግርማይ", "Girmay", "Ghirmay|Ghirmai"),
    ("ዮሴፍ", "Yosief", "Yosef|Josief"),
    ("ብርሃነ", "Berhane", "Birhane"),
    ("ተስፋይ", "Tesfay", "Tesfai"),
    ("ሳሙኤል", "Samuel", ""),
])

# --------------------------------------------------------------------------- Somalia (SO)
# Original = official Somali Latin orthography (x = ħ, c = ʕ, doubled vowels = long);
# primary Latin = the spelling usually found in passports and German files.
# Somalis carry father's and grandfather's given names; the "family name" is one of them.

SO_GIVEN = _given("so", [
    ("m", "Maxamed", "Mohamed", "Mohammed|Mohamad|Muhammad"),
    ("m", "Cabdullaahi", "Abdullahi", "Abdilahi|Abdullah"),
    ("m", "Axmed", "Ahmed", "Ahmad"),
    ("m", "Xasan", "Hassan", "Hasan"),
    ("m", "Xuseen", "Hussein", "Husein|Hussain"),
    ("m", "Cali", "Ali", ""),
    ("m", "Maxamuud", "Mohamud", "Mahmoud|Mohamoud"),
    ("m", "Cumar", "Omar", "Umar"),
    ("m", "Yuusuf", "Yusuf", "Yousuf|Yussuf"),
    ("m", "Ismaaciil", "Ismail", "Ismael"),
    ("m", "Cabdiraxmaan", "Abdirahman", "Abdurahman|Abdirahmaan"),
    ("m", "Cabdulqaadir", "Abdulkadir", "Abdikadir|Abdulqadir"),
    ("m", "Siciid", "Said", "Saeed"),
    ("m", "Shariif", "Sharif", "Shariff"),
    ("m", "Faarax", "Farah", "Faarah"),
    ("m", "Jaamac", "Jama", "Jaama"),
    ("m", "Cismaan", "Osman", "Othman|Usman"),
    ("m", "Mustafe", "Mustafa", ""),
    ("m", "Aadan", "Adan", "Aden|Adam"),
    ("m", "Xamse", "Hamza", "Hamse"),
    ("f", "Faadumo", "Fadumo", "Faduma|Fatuma|Fatima"),
    ("f", "Caasha", "Asha", "Aisha"),
    ("f", "Khadiija", "Khadija", "Hadija|Kadija"),
    ("f", "Maryan", "Maryan", "Mariam|Maryam"),
    ("f", "Xaliimo", "Halimo", "Halima"),
    ("f", "Hodan", "Hodan", ""),
    ("f", "Sahra", "Sahra", "Zahra"),
    ("f", "Ayaan", "Ayan", "Ayaan"),
    ("f", "Nimco", "Nimo", "Nima"),
    ("f", "Ifraax", "Ifrah", "Ifra"),
    ("f", "Hibo", "Hibo", "Hiba"),
    ("f", "Sagal", "Sagal", ""),
    ("f", "Ubax", "Ubah", "Ubax"),
    ("f", "Idil", "Idil", ""),
    ("f", "Sucaad", "Suad", "Souad"),
    ("f", "Deeqa", "Deka", "Deqa|Deeqa"),
    ("f", "Naciimo", "Naima", "Naeema"),
    ("f", "Filsan", "Filsan", ""),
    ("f", "Zamzam", "Zamzam", "Samsam"),
    ("f", "Amiina", "Amina", "Aminah"),
])

SO_FAMILY = _family("so", [
    ("Warsame", "Warsame", ""),
    ("Cabdi", "Abdi", ""),
    ("Nuur", "Nur", "Noor|Nuur"),
    ("Cilmi", "Elmi", "Ilmi"),
    ("Guuleed", "Guled", "Guleid"),
    ("Xirsi", "Hirsi", "Hersi"),
    ("Samatar", "Samatar", ""),
    ("Cigaal", "Egal", "Igal"),
    ("Diiriye", "Dirie", "Diriye"),
    ("Ciise", "Isse", "Issa|Ise"),
    ("Bile", "Bile", ""),
    ("Ducaale", "Duale", "Dualeh"),
    ("Cawaale", "Awale", "Awaleh"),
    ("Geeddi", "Gedi", "Geedi"),
    ("Daahir", "Dahir", "Daher"),
    ("Weys", "Wais", "Weis|Ways"),
    ("Xaaji", "Haji", "Hadschi"),
    ("Shire", "Shire", ""),
    ("Kaahin", "Kahin", ""),
    ("Jaamac", "Jama", "Jaama"),
    ("Faarax", "Farah", "Faarah"),
    ("Aadan", "Adan", "Aden"),
    ("Cismaan", "Osman", "Othman"),
    ("Maxamuud", "Mohamud", "Mohamoud"),
    ("Yuusuf", "Yusuf", "Yussuf"),
    ("Xasan", "Hassan", "Hasan"),
    ("Cumar", "Omar", "Umar"),
    ("Cali", "Ali", ""),
    ("Axmed", "Ahmed", "Ahmad"),
    ("Maxamed", "Mohamed", "Mohammed"),
    ("Mahad", "Mahad", ""),
    ("Cabdullaahi", "Abdullahi", "Abdilahi"),
])

# --------------------------------------------------------------------------- Nigeria (NG)
# Latin; names from Edo (Benin City area: many Nigerian asylum seekers in Germany), Igbo,
# Yoruba, Hausa and English Christian names. All tagged with the client language "en".

NG_GIVEN = _given("en", [
    ("m", "Osagie", "Osagie", ""),
    ("m", "Osaretin", "Osaretin", "Osarentin"),
    ("m", "Efosa", "Efosa", "Efosah"),
    ("m", "Eghosa", "Eghosa", ""),
    ("m", "Uyi", "Uyi", ""),
    ("m", "Osas", "Osas", ""),
    ("m", "Chukwuemeka", "Chukwuemeka", "Chukwu-Emeka|Emeka"),
    ("m", "Chinedu", "Chinedu", ""),
    ("m", "Obinna", "Obinna", ""),
    ("m", "Ikechukwu", "Ikechukwu", "Ike"),
    ("m", "Oluwaseun", "Oluwaseun", "Seun"),
    ("m", "Olumide", "Olumide", ""),
    ("m", "Babatunde", "Babatunde", "Tunde"),
    ("m", "Adebayo", "Adebayo", ""),
    ("m", "Emmanuel", "Emmanuel", "Emanuel"),
    ("m", "Godwin", "Godwin", ""),
    ("m", "Friday", "Friday", ""),
    ("m", "Musa", "Musa", "Moussa"),
    ("m", "Abubakar", "Abubakar", "Aboubakar|Abubakr"),
    ("m", "Ibrahim", "Ibrahim", ""),
    ("f", "Blessing", "Blessing", ""),
    ("f", "Precious", "Precious", ""),
    ("f", "Joy", "Joy", ""),
    ("f", "Favour", "Favour", "Favor"),
    ("f", "Esther", "Esther", "Ester"),
    ("f", "Gift", "Gift", ""),
    ("f", "Faith", "Faith", ""),
    ("f", "Ivie", "Ivie", ""),
    ("f", "Omosede", "Omosede", ""),
    ("f", "Folake", "Folake", ""),
    ("f", "Funmilayo", "Funmilayo", "Funmi"),
    ("f", "Adaeze", "Adaeze", "Ada"),
    ("f", "Chiamaka", "Chiamaka", "Amaka"),
    ("f", "Ngozi", "Ngozi", ""),
    ("f", "Nkechi", "Nkechi", ""),
    ("f", "Chioma", "Chioma", ""),
    ("f", "Aisha", "Aisha", "Aishat"),
    ("f", "Hauwa", "Hauwa", "Hawa"),
    ("f", "Zainab", "Zainab", "Zaynab"),
])

NG_FAMILY = _family("en", [
    ("Osagie", "Osagie", ""),
    ("Igbinedion", "Igbinedion", ""),
    ("Idahosa", "Idahosa", ""),
    ("Omoruyi", "Omoruyi", ""),
    ("Aigbe", "Aigbe", ""),
    ("Obasuyi", "Obasuyi", ""),
    ("Osayande", "Osayande", ""),
    ("Ehigiator", "Ehigiator", ""),
    ("Uwaifo", "Uwaifo", ""),
    ("Eweka", "Eweka", ""),
    ("Okafor", "Okafor", ""),
    ("Okonkwo", "Okonkwo", ""),
    ("Eze", "Eze", ""),
    ("Nwosu", "Nwosu", ""),
    ("Obi", "Obi", ""),
    ("Okeke", "Okeke", ""),
    ("Nwachukwu", "Nwachukwu", ""),
    ("Ogbonna", "Ogbonna", ""),
    ("Nwankwo", "Nwankwo", ""),
    ("Okoro", "Okoro", ""),
    ("Adeyemi", "Adeyemi", ""),
    ("Ogunleye", "Ogunleye", ""),
    ("Olawale", "Olawale", ""),
    ("Afolabi", "Afolabi", ""),
    ("Bello", "Bello", ""),
    ("Abubakar", "Abubakar", ""),
    ("Yusuf", "Yusuf", "Yussuf"),
    ("Akpan", "Akpan", ""),
    ("Etim", "Etim", ""),
    ("Edet", "Edet", ""),
])

# --------------------------------------------------------------------------- Guinea (GN)
# French-based Latin spelling; Fula (Peul), Malinké and Soussou names.

GN_GIVEN = _given("fr", [
    ("m", "Mamadou", "Mamadou", "Mamadu"),
    ("m", "Alpha", "Alpha", "Alfa"),
    ("m", "Ibrahima", "Ibrahima", ""),
    ("m", "Abdoulaye", "Abdoulaye", "Abdulai|Abdoulai"),
    ("m", "Ousmane", "Ousmane", "Usman|Oussmane"),
    ("m", "Amadou", "Amadou", "Ahmadou|Amadu"),
    ("m", "Boubacar", "Boubacar", "Boubakar|Bubacarr"),
    ("m", "Mohamed", "Mohamed", "Mouhamed|Mohammed"),
    ("m", "Sékou", "Sekou", "Seku"),
    ("m", "Thierno", "Thierno", "Tierno|Cherno"),
    ("m", "Lansana", "Lansana", ""),
    ("m", "Souleymane", "Souleymane", "Souleiman|Suleiman"),
    ("m", "Oumar", "Oumar", "Umar|Omar"),
    ("m", "Aliou", "Aliou", "Aliu"),
    ("m", "Moussa", "Moussa", "Musa"),
    ("m", "Saïdou", "Saidou", "Saidu"),
    ("f", "Fatoumata", "Fatoumata", "Fatumata|Fatimata"),
    ("f", "Mariama", "Mariama", "Mariam"),
    ("f", "Aïssatou", "Aissatou", "Aisatou"),
    ("f", "Kadiatou", "Kadiatou", "Kadiatu|Khadiatou"),
    ("f", "Hawa", "Hawa", ""),
    ("f", "Aminata", "Aminata", "Aminatou"),
    ("f", "Oumou", "Oumou", "Umu"),
    ("f", "Djenabou", "Djenabou", "Jenabu|Dienabou"),
    ("f", "Binta", "Binta", ""),
    ("f", "Ramatoulaye", "Ramatoulaye", "Ramatulai"),
    ("f", "Fanta", "Fanta", ""),
    ("f", "Safiatou", "Safiatou", "Safiatu"),
    ("f", "Saran", "Saran", ""),
    ("f", "Mabinty", "Mabinty", "Mabinti"),
    ("f", "Assiatou", "Assiatou", "Asiatou"),
])

GN_FAMILY = _family("fr", [
    ("Diallo", "Diallo", "Jallo|Djallo"),
    ("Barry", "Barry", "Bari"),
    ("Bah", "Bah", "Ba"),
    ("Sow", "Sow", ""),
    ("Camara", "Camara", "Kamara"),
    ("Condé", "Conde", "Konde"),
    ("Keïta", "Keita", "Keyta"),
    ("Sylla", "Sylla", "Silla"),
    ("Touré", "Toure", "Ture"),
    ("Cissé", "Cisse", "Sisse"),
    ("Kouyaté", "Kouyate", "Kuyate"),
    ("Traoré", "Traore", ""),
    ("Soumah", "Soumah", "Sumah"),
    ("Baldé", "Balde", ""),
    ("Bangoura", "Bangoura", "Bangura"),
    ("Kaba", "Kaba", ""),
    ("Fofana", "Fofana", ""),
    ("Sidibé", "Sidibe", ""),
    ("Kanté", "Kante", ""),
    ("Diakité", "Diakite", "Jakite"),
    ("Sangaré", "Sangare", ""),
    ("Tounkara", "Tounkara", "Tunkara"),
    ("Kourouma", "Kourouma", "Kuruma"),
    ("Konaté", "Konate", ""),
    ("Conté", "Conte", "Konte"),
    ("Sakho", "Sakho", "Sako"),
    ("Chérif", "Cherif", "Sherif"),
    ("Diané", "Diane", ""),
    ("Savané", "Savane", ""),
    ("Magassouba", "Magassouba", "Magasuba"),
])

# --------------------------------------------------------------------------- Russia (RU)
# Primary Latin form = Russian passport transliteration (ICAO 9303, since 2013);
# variants: older passport spellings and German spellings. Family names inflect for gender.

RU_GIVEN = _given("ru", [
    ("m", "Александр", "Aleksandr", "Alexander|Alexandr"),
    ("m", "Дмитрий", "Dmitrii", "Dmitry|Dmitrij|Dmitri"),
    ("m", "Сергей", "Sergei", "Sergey|Sergej"),
    ("m", "Андрей", "Andrei", "Andrey|Andrej"),
    ("m", "Алексей", "Aleksei", "Alexey|Alexej|Aleksey"),
    ("m", "Михаил", "Mikhail", "Michail"),
    ("m", "Иван", "Ivan", "Iwan"),
    ("m", "Никита", "Nikita", ""),
    ("m", "Артём", "Artem", "Artjom|Artyom"),
    ("m", "Павел", "Pavel", "Pawel"),
    ("f", "Анна", "Anna", ""),
    ("f", "Елена", "Elena", "Jelena|Yelena"),
    ("f", "Ольга", "Olga", ""),
    ("f", "Наталья", "Natalia", "Natalja|Natalya"),
    ("f", "Татьяна", "Tatiana", "Tatjana|Tatyana"),
    ("f", "Екатерина", "Ekaterina", "Jekaterina|Yekaterina"),
    ("f", "Мария", "Mariia", "Maria|Marija"),
    ("f", "Анастасия", "Anastasiia", "Anastasia|Anastasija"),
    ("f", "Ирина", "Irina", ""),
    ("f", "Светлана", "Svetlana", "Swetlana"),
    ("f", "Юлия", "Iuliia", "Yulia|Julija|Yuliya"),
])

RU_FAMILY = _gendered("ru", [
    ("Иванов", "Ivanov", "Iwanow", "Иванова", "Ivanova", "Iwanowa"),
    ("Смирнов", "Smirnov", "Smirnow", "Смирнова", "Smirnova", "Smirnowa"),
    ("Кузнецов", "Kuznetsov", "Kusnezow", "Кузнецова", "Kuznetsova", "Kusnezowa"),
    ("Попов", "Popov", "Popow", "Попова", "Popova", "Popowa"),
    ("Соколов", "Sokolov", "Sokolow", "Соколова", "Sokolova", "Sokolowa"),
    ("Лебедев", "Lebedev", "Lebedew", "Лебедева", "Lebedeva", "Lebedewa"),
    ("Козлов", "Kozlov", "Koslow", "Козлова", "Kozlova", "Koslowa"),
    ("Новиков", "Novikov", "Nowikow", "Новикова", "Novikova", "Nowikowa"),
    ("Морозов", "Morozov", "Morosow", "Морозова", "Morozova", "Morosowa"),
    ("Петров", "Petrov", "Petrow", "Петрова", "Petrova", "Petrowa"),
    ("Волков", "Volkov", "Wolkow", "Волкова", "Volkova", "Wolkowa"),
    ("Соловьёв", "Solovev", "Solovyov|Solowjow", "Соловьёва", "Soloveva",
     "Solovyova|Solowjowa"),
    ("Васильев", "Vasilev", "Vasilyev|Wassiljew", "Васильева", "Vasileva",
     "Vasilyeva|Wassiljewa"),
    ("Зайцев", "Zaitsev", "Zaytsev|Saizew", "Зайцева", "Zaitseva", "Zaytseva|Saizewa"),
    ("Павлов", "Pavlov", "Pawlow", "Павлова", "Pavlova", "Pawlowa"),
])

# --------------------------------------------------------------------------- Kosovo (XK)
# Albanian Latin spelling (ë, ç); primary Latin = ASCII form.

XK_GIVEN = _given("sq", [
    ("m", "Arbër", "Arber", ""),
    ("m", "Besnik", "Besnik", ""),
    ("m", "Driton", "Driton", ""),
    ("m", "Fatmir", "Fatmir", ""),
    ("m", "Ilir", "Ilir", ""),
    ("m", "Agron", "Agron", ""),
    ("m", "Valon", "Valon", ""),
    ("m", "Blerim", "Blerim", ""),
    ("m", "Kushtrim", "Kushtrim", "Kuschtrim"),
    ("m", "Liridon", "Liridon", ""),
    ("m", "Ermal", "Ermal", ""),
    ("m", "Bekim", "Bekim", ""),
    ("f", "Arta", "Arta", ""),
    ("f", "Blerta", "Blerta", ""),
    ("f", "Drita", "Drita", ""),
    ("f", "Fjolla", "Fjolla", "Fjola"),
    ("f", "Teuta", "Teuta", ""),
    ("f", "Vjosa", "Vjosa", ""),
    ("f", "Mimoza", "Mimoza", "Mimosa"),
    ("f", "Shqipe", "Shqipe", ""),
    ("f", "Albulena", "Albulena", ""),
    ("f", "Donika", "Donika", ""),
    ("f", "Valbona", "Valbona", ""),
    ("f", "Fitore", "Fitore", ""),
    ("f", "Besarta", "Besarta", ""),
])

XK_FAMILY = _family("sq", [
    ("Krasniqi", "Krasniqi", "Krasniki"),
    ("Berisha", "Berisha", "Berischa"),
    ("Gashi", "Gashi", "Gaschi"),
    ("Morina", "Morina", ""),
    ("Shala", "Shala", "Schala"),
    ("Hoxha", "Hoxha", "Hodza|Hodscha"),
    ("Kryeziu", "Kryeziu", ""),
    ("Bytyçi", "Bytyci", "Bytyqi|Bytiqi"),
    ("Rexhepi", "Rexhepi", "Redzepi"),
    ("Hasani", "Hasani", ""),
    ("Ahmeti", "Ahmeti", ""),
    ("Zeqiri", "Zeqiri", "Zekiri"),
    ("Osmani", "Osmani", ""),
    ("Sylejmani", "Sylejmani", "Sulejmani"),
    ("Islami", "Islami", ""),
    ("Latifi", "Latifi", ""),
    ("Halili", "Halili", ""),
    ("Musliu", "Musliu", ""),
    ("Bajrami", "Bajrami", ""),
    ("Mehmeti", "Mehmeti", ""),
])

# --------------------------------------------------------------------------- North Macedonia (MK)

MK_GIVEN = _given("mk", [
    ("m", "Александар", "Aleksandar", "Alexandar"),
    ("m", "Никола", "Nikola", ""),
    ("m", "Дејан", "Dejan", ""),
    ("m", "Горан", "Goran", ""),
    ("m", "Марко", "Marko", ""),
    ("m", "Стефан", "Stefan", ""),
    ("m", "Бојан", "Bojan", ""),
    ("f", "Ивана", "Ivana", ""),
    ("f", "Марија", "Marija", "Maria"),
    ("f", "Елена", "Elena", ""),
    ("f", "Биљана", "Biljana", ""),
    ("f", "Јована", "Jovana", ""),
    ("f", "Катерина", "Katerina", ""),
    ("f", "Снежана", "Snezhana", "Snezana|Snežana"),
])

MK_FAMILY = _gendered("mk", [
    ("Стојановски", "Stojanovski", "", "Стојановска", "Stojanovska", ""),
    ("Николовски", "Nikolovski", "", "Николовска", "Nikolovska", ""),
    ("Трајковски", "Trajkovski", "", "Трајковска", "Trajkovska", ""),
    ("Петровски", "Petrovski", "", "Петровска", "Petrovska", ""),
    ("Јовановски", "Jovanovski", "", "Јовановска", "Jovanovska", ""),
    ("Ристовски", "Ristovski", "", "Ристовска", "Ristovska", ""),
    ("Димитровски", "Dimitrovski", "", "Димитровска", "Dimitrovska", ""),
    ("Илиевски", "Ilievski", "", "Илиевска", "Ilievska", ""),
    ("Андоновски", "Andonovski", "", "Андоновска", "Andonovska", ""),
    ("Георгиевски", "Georgievski", "", "Георгиевска", "Georgievska", ""),
])

# --------------------------------------------------------------------------- Romania (RO)

RO_GIVEN = _given("ro", [
    ("m", "Andrei", "Andrei", ""),
    ("m", "Ionuț", "Ionut", ""),
    ("m", "Florin", "Florin", ""),
    ("m", "Mihai", "Mihai", ""),
    ("m", "Alexandru", "Alexandru", ""),
    ("m", "Gheorghe", "Gheorghe", ""),
    ("m", "Vasile", "Vasile", ""),
    ("m", "Marian", "Marian", ""),
    ("m", "Ștefan", "Stefan", ""),
    ("m", "Cristian", "Cristian", ""),
    ("m", "Costel", "Costel", ""),
    ("f", "Maria", "Maria", ""),
    ("f", "Elena", "Elena", ""),
    ("f", "Ioana", "Ioana", ""),
    ("f", "Andreea", "Andreea", ""),
    ("f", "Mihaela", "Mihaela", ""),
    ("f", "Florentina", "Florentina", ""),
    ("f", "Alexandra", "Alexandra", ""),
    ("f", "Georgiana", "Georgiana", ""),
    ("f", "Nicoleta", "Nicoleta", ""),
    ("f", "Ionela", "Ionela", ""),
    ("f", "Roxana", "Roxana", ""),
])

RO_FAMILY = _family("ro", [
    ("Popescu", "Popescu", ""),
    ("Ionescu", "Ionescu", ""),
    ("Popa", "Popa", ""),
    ("Stan", "Stan", ""),
    ("Dumitru", "Dumitru", ""),
    ("Stoica", "Stoica", ""),
    ("Rusu", "Rusu", ""),
    ("Munteanu", "Munteanu", ""),
    ("Matei", "Matei", ""),
    ("Constantin", "Constantin", ""),
    ("Lungu", "Lungu", ""),
    ("Ciobanu", "Ciobanu", ""),
    ("Moldovan", "Moldovan", ""),
    ("Radu", "Radu", ""),
    ("Sandu", "Sandu", ""),
    ("Mihăilă", "Mihaila", ""),
    ("Dobre", "Dobre", ""),
    ("Bălan", "Balan", ""),
    ("Tănase", "Tanase", ""),
    ("Lăcătuș", "Lacatus", "Lakatosch"),
])

# --------------------------------------------------------------------------- Poland (PL)

PL_GIVEN = _given("pl", [
    ("m", "Piotr", "Piotr", ""),
    ("m", "Krzysztof", "Krzysztof", ""),
    ("m", "Tomasz", "Tomasz", ""),
    ("m", "Paweł", "Pawel", ""),
    ("m", "Michał", "Michal", ""),
    ("m", "Łukasz", "Lukasz", ""),
    ("m", "Marcin", "Marcin", ""),
    ("m", "Jakub", "Jakub", ""),
    ("m", "Kamil", "Kamil", ""),
    ("m", "Grzegorz", "Grzegorz", ""),
    ("m", "Mateusz", "Mateusz", ""),
    ("f", "Anna", "Anna", ""),
    ("f", "Katarzyna", "Katarzyna", ""),
    ("f", "Małgorzata", "Malgorzata", ""),
    ("f", "Agnieszka", "Agnieszka", ""),
    ("f", "Joanna", "Joanna", ""),
    ("f", "Magdalena", "Magdalena", ""),
    ("f", "Monika", "Monika", ""),
    ("f", "Ewa", "Ewa", ""),
    ("f", "Justyna", "Justyna", ""),
    ("f", "Natalia", "Natalia", ""),
    ("f", "Zofia", "Zofia", ""),
])

PL_FAMILY = _gendered("pl", [
    ("Kowalski", "Kowalski", "", "Kowalska", "Kowalska", ""),
    ("Wiśniewski", "Wisniewski", "", "Wiśniewska", "Wisniewska", ""),
    ("Kamiński", "Kaminski", "", "Kamińska", "Kaminska", ""),
    ("Lewandowski", "Lewandowski", "", "Lewandowska", "Lewandowska", ""),
    ("Zieliński", "Zielinski", "", "Zielińska", "Zielinska", ""),
    ("Szymański", "Szymanski", "", "Szymańska", "Szymanska", ""),
    ("Dąbrowski", "Dabrowski", "", "Dąbrowska", "Dabrowska", ""),
    ("Kozłowski", "Kozlowski", "", "Kozłowska", "Kozlowska", ""),
    ("Jankowski", "Jankowski", "", "Jankowska", "Jankowska", ""),
]) + _family("pl", [
    ("Nowak", "Nowak", ""),
    ("Wójcik", "Wojcik", ""),
    ("Kowalczyk", "Kowalczyk", ""),
    ("Woźniak", "Wozniak", ""),
    ("Mazur", "Mazur", ""),
    ("Krawczyk", "Krawczyk", ""),
])


# --------------------------------------------------------------------------- country profiles

COUNTRIES: tuple[CountryProfile, ...] = (
    CountryProfile(
        "SY", "Syrien", "syrisch", "Arab",
        _w(("ar", 80), ("kmr", 20)),
        _w(("ae_25_2", 50), ("niederlassung", 12), ("ae_other", 8), ("gestattung", 7),
           ("eingebuergert", 6), ("chancen_104c", 4), ("duldung", 4), ("ae_25a", 4),
           ("ae_25b", 5)),
        (2013, 2024), SY_GIVEN, SY_FAMILY,
    ),
    CountryProfile(
        "AF", "Afghanistan", "afghanisch", "Arab",
        _w(("fa_AF", 75), ("ps", 25)),
        _w(("gestattung", 28), ("duldung", 14), ("chancen_104c", 12), ("ae_25_2", 22),
           ("ae_25a", 5), ("ae_25b", 5), ("ae_other", 9), ("niederlassung", 5)),
        (2015, 2024), AF_GIVEN, AF_FAMILY,
    ),
    CountryProfile(
        "IQ", "Irak", "irakisch", "Arab",
        _w(("ar", 55), ("ckb", 20), ("kmr", 25)),
        _w(("gestattung", 18), ("duldung", 25), ("chancen_104c", 15), ("ae_25_2", 17),
           ("ae_25b", 8), ("ae_25a", 5), ("ae_other", 6), ("niederlassung", 6)),
        (2014, 2024), IQ_GIVEN, IQ_FAMILY,
    ),
    CountryProfile(
        "UA", "Ukraine", "ukrainisch", "Cyrl",
        _w(("uk", 60), ("ru", 40)),
        _w(("ae_24", 88), ("ae_other", 7), ("niederlassung", 3), ("gestattung", 2)),
        (2022, 2025), UA_GIVEN, UA_FAMILY,
    ),
    CountryProfile(
        "TR", "Türkei", "türkisch", "Latn",
        _w(("tr", 55), ("kmr", 45)),
        _w(("gestattung", 45), ("duldung", 22), ("chancen_104c", 5), ("ae_25_2", 10),
           ("ae_other", 12), ("niederlassung", 6)),
        (2018, 2025), TR_GIVEN, TR_FAMILY,
    ),
    CountryProfile(
        "ER", "Eritrea", "eritreisch", "Ethi",
        _w(("ti", 90), ("ar", 5), ("en", 5)),
        _w(("ae_25_2", 60), ("gestattung", 10), ("ae_other", 14), ("niederlassung", 12),
           ("eingebuergert", 2), ("duldung", 2)),
        (2014, 2024), ER_GIVEN, ER_FAMILY,
    ),
    CountryProfile(
        "IR", "Iran", "iranisch", "Arab",
        _w(("fa", 88), ("ckb", 7), ("en", 5)),
        _w(("gestattung", 30), ("ae_25_2", 28), ("duldung", 12), ("chancen_104c", 5),
           ("ae_other", 12), ("niederlassung", 10), ("eingebuergert", 3)),
        (2015, 2025), IR_GIVEN, IR_FAMILY,
    ),
    CountryProfile(
        "SO", "Somalia", "somalisch", "Latn",
        _w(("so", 85), ("ar", 5), ("en", 10)),
        _w(("ae_25_2", 35), ("gestattung", 20), ("duldung", 20), ("chancen_104c", 10),
           ("ae_25b", 5), ("ae_25a", 4), ("ae_other", 6)),
        (2014, 2024), SO_GIVEN, SO_FAMILY,
    ),
    CountryProfile(
        "NG", "Nigeria", "nigerianisch", "Latn",
        _w(("en", 100),),
        _w(("duldung", 35), ("gestattung", 22), ("chancen_104c", 15), ("ae_25b", 6),
           ("ae_25a", 6), ("ae_other", 16)),
        (2015, 2024), NG_GIVEN, NG_FAMILY,
    ),
    CountryProfile(
        "GN", "Guinea", "guineisch", "Latn",
        _w(("fr", 90), ("en", 10)),
        _w(("duldung", 35), ("gestattung", 25), ("chancen_104c", 14), ("ae_25a", 10),
           ("ae_25b", 6), ("ae_other", 10)),
        (2016, 2024), GN_GIVEN, GN_FAMILY,
    ),
    CountryProfile(
        "RU", "Russische Föderation", "russisch", "Cyrl",
        _w(("ru", 100),),
        _w(("gestattung", 40), ("ae_25_2", 15), ("duldung", 12), ("ae_other", 20),
           ("niederlassung", 10), ("eingebuergert", 3)),
        (2016, 2025), RU_GIVEN, RU_FAMILY,
    ),
    CountryProfile(
        "XK", "Kosovo", "kosovarisch", "Latn",
        _w(("de", 70), ("en", 30)),
        _w(("ae_other", 40), ("niederlassung", 20), ("duldung", 18), ("chancen_104c", 10),
           ("ae_25b", 6), ("eingebuergert", 6)),
        (2014, 2024), XK_GIVEN, XK_FAMILY,
    ),
    CountryProfile(
        "MK", "Nordmazedonien", "nordmazedonisch", "Cyrl",
        _w(("de", 80), ("en", 20)),
        _w(("ae_other", 40), ("niederlassung", 18), ("duldung", 20), ("chancen_104c", 10),
           ("ae_25b", 6), ("eingebuergert", 6)),
        (2014, 2024), MK_GIVEN, MK_FAMILY,
    ),
    CountryProfile(
        "RO", "Rumänien", "rumänisch", "Latn",
        _w(("de", 75), ("en", 25)),
        _w(("eu_freizuegigkeit", 100),),
        (2012, 2025), RO_GIVEN, RO_FAMILY,
    ),
    CountryProfile(
        "PL", "Polen", "polnisch", "Latn",
        _w(("de", 70), ("en", 30)),
        _w(("eu_freizuegigkeit", 100),),
        (2008, 2025), PL_GIVEN, PL_FAMILY,
    ),
)

#: The nine countries of origin the demo data concentrates on (most clients come from here).
FOCUS_COUNTRY_CODES: tuple[str, ...] = ("SY", "AF", "IQ", "UA", "TR", "ER", "IR", "SO", "NG")
