"""Benchmark of :class:`kimdesk.text.search_index.SearchIndex` with synthetic clients.

Builds N (default 100 000) synthetic entries in a mix of scripts (Arabic-origin
names in Latin and Arabic script, Persian/Afghan, Turkish, Ukrainian in Latin
and Cyrillic, Tigrinya in Latin and Ethiopic, Kurdish), then "types" realistic
queries letter by letter and reports per-keystroke latency (p50 / p95 / max),
index build time and memory.

Usage::

    python benchmarks/search_bench.py [--n 100000] [--rounds 3] [--seed 7]
                                      [--tracemalloc] [--freeze]
"""

from __future__ import annotations

import argparse
import datetime
import gc
import os
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kimdesk.text.search_index import IndexEntry, SearchIndex  # noqa: E402
from kimdesk.text.translit import transliterate  # noqa: E402

QUERIES = [
    "muhammad", "юлі", "محم", "KIM-2023-0", "1990", "hossein ah",
    "Oleksandr Kovalenko", "Tesfay", "12.03.1985", "Yılmaz",
]

# (Latin spelling variants, Arabic script)
ARABIC_GIVEN = [
    ("Mohammed Muhammad Mohamad Mohamed Muhammed Mohammad", "محمد"),
    ("Ahmad Ahmed", "أحمد"), ("Ali", "علي"), ("Omar Umar", "عمر"),
    ("Hassan Hasan", "حسن"), ("Hussein Husain Hossein Husein", "حسين"),
    ("Khaled Khalid", "خالد"), ("Youssef Yusuf Yousef Jusuf", "يوسف"),
    ("Ibrahim Ebrahim", "إبراهيم"), ("Mustafa Mostafa Moustafa", "مصطفى"),
    ("Abdullah Abdallah", "عبدالله"), ("Abdulrahman Abdelrahman", "عبد الرحمن"),
    ("Mahmoud Mahmud", "محمود"), ("Samir Sameer", "سمير"), ("Tarek Tariq", "طارق"),
    ("Walid Waleed", "وليد"), ("Rami Ramy", "رامي"), ("Bilal", "بلال"), ("Karim Kareem", "كريم"),
    ("Fatima Fatimah Fatma", "فاطمة"), ("Aisha Aischa Ayesha", "عائشة"),
    ("Maryam Mariam", "مريم"), ("Zainab Zeinab", "زينب"), ("Khadija Khadidja", "خديجة"),
    ("Amina Amineh", "أمينة"), ("Layla Leila Laila", "ليلى"), ("Rania", "رانيا"),
    ("Huda Houda", "هدى"), ("Salma", "سلمى"), ("Sara Sarah", "سارة"), ("Yasmin Yasmine", "ياسمين"),
    ("Hiba Heba", "هبة"), ("Noor Nour", "نور"), ("Reem Rim", "ريم"), ("Rasha", "رشا"),
    ("Jamal Djamal Gamal", "جمال"), ("Nabil Nabeel", "نبيل"), ("Wael Wail", "وائل"),
]
ARABIC_FAMILY_ROOTS = [
    ("Hassan", "حسن"), ("Khalil", "خليل"), ("Haddad", "حداد"), ("Najjar", "نجار"),
    ("Saleh Salih", "صالح"), ("Hamdan", "حمدان"), ("Darwish Derwish", "درويش"),
    ("Mansour Mansur", "منصور"), ("Qasim Kassem Kasim", "قاسم"), ("Jaber Jabir", "جابر"),
    ("Othman Osman", "عثمان"), ("Yassin Yasin", "ياسين"), ("Shaker Shakir", "شاكر"),
    ("Nasser Naser", "ناصر"), ("Sabbagh", "صباغ"), ("Masri", "مصري"), ("Halabi", "حلبي"),
    ("Homsi", "حمصي"), ("Hamwi", "حموي"), ("Shami", "شامي"), ("Ahmad", "أحمد"),
    ("Abbas", "عباس"), ("Jassim", "جاسم"), ("Kurdi", "كردي"), ("Hussein", "حسين"),
]
SYLL_A = ["Ab", "Ha", "Ka", "Ma", "Na", "Sa", "Ta", "Za", "Ra", "Ba", "Da", "Fa", "Ja",
          "Sha", "Kha", "Ga", "Wa", "Ya", "Mu", "Nu", "Su", "Hu", "Qa", "Dha"]
SYLL_B = ["bar", "dar", "far", "han", "lil", "mud", "nas", "rak", "sim", "tah", "wan", "zal",
          "mal", "rif", "sab", "jib", "kar", "lab", "mun", "sal", "dib", "ham", "jar", "kim"]
SYLL_C = ["", "i", "ani", "awi", "ieh", "un", "a", "ji", "o"]

TURKISH_GIVEN = ["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat",
                 "Emre", "Ayşe", "Fatma", "Emine", "Hatice", "Zeynep", "Elif", "Merve",
                 "Yusuf", "Ömer", "Şükrü", "Gülsüm"]
TURKISH_A = ["Öz", "Kara", "Ak", "Gül", "Er", "Yıl", "Ay", "Gün", "Tek", "Bay", "Kay", "Şen",
             "Çak", "Doğ", "Kıl", "Ars", "Yıldır", "Koç", "Kurt", "Çet"]
TURKISH_B = ["demir", "taş", "kaya", "han", "soy", "oğlu", "türk", "can", "el", "dağ", "maz",
             "ıç", "lan", "in", "ır", "ay", "an", "er", "ük", "kan"]

UKR_GIVEN = ["Олександр", "Юлія", "Олена", "Андрій", "Сергій", "Ольга", "Тетяна", "Іван",
             "Наталія", "Дмитро", "Марія", "Віктор", "Оксана", "Володимир", "Ірина", "Михайло",
             "Анна", "Катерина", "Богдан", "Світлана", "Юрій", "Людмила", "Олег", "Галина"]
UKR_ROOTS = ["Ковал", "Шевч", "Бондар", "Ткач", "Кравч", "Мельнич", "Бойч", "Марч", "Лис",
             "Руд", "Савч", "Петр", "Гончар", "Кузьм", "Литвин", "Мороз", "Олійн", "Павл",
             "Сидор", "Тимош", "Карп", "Гнат", "Дорош", "Зінч", "Клим", "Левч", "Мирон",
             "Назар", "Остап", "Прокоп", "Сем", "Тарас", "Федор", "Харч", "Яковл"]
UKR_SUFFIX = ["енко", "ук", "чук", "ишин", "ович", "ська", "ський", "ин", "ова", "як", "ко"]

TIGRINYA_GIVEN = ["ተስፋይ", "መሓሪ", "ኣብርሃም", "ዮናስ", "ሃይለ", "ኪዳነ", "ብርሃነ", "ሰናይት",
                  "ሄለን", "ሳምሶን", "ተኽለ", "ዳዊት", "ኤርሚያስ", "ፍሰሃ", "ሚኪኤል", "ሩት", "ሉላ",
                  "ኣስመረት", "ሰላም", "ፊሊሞን"]
TIGRINYA_FAMILY_A = ["ገብረ", "ወልደ", "ሃብተ", "ተኽለ", "ዘር", "ክፍለ", "ግርማ", "ሃይለ"]
TIGRINYA_FAMILY_B = ["መድህን", "ሂወት", "ማርያም", "ሚካኤል", "ስላሴ", "ኢየሱስ", "ጊዮርጊስ", "ኪዳን",
                     "ሩፋኤል", "ገብርኤል", "ዮሃንስ", "ተክሌ"]

PERSIAN_GIVEN = [("Reza", "رضا"), ("Mehdi Mahdi", "مهدی"), ("Hossein Hussain", "حسین"),
                 ("Mohammad Mohammed", "محمد"), ("Ali", "علی"), ("Farid", "فرید"),
                 ("Jawad Javad", "جواد"), ("Hamid", "حمید"), ("Sohrab", "سهراب"),
                 ("Zahra", "زهرا"), ("Fatemeh", "فاطمه"), ("Maryam", "مریم"),
                 ("Masoumeh", "معصومه"), ("Parisa", "پریسا"), ("Shirin", "شیرین"),
                 ("Nargis Narges", "نرگس"), ("Farzana", "فرزانه"), ("Mursal", "مرسل")]
PERSIAN_ROOTS = [("Ahmad", "احمد"), ("Rahim", "رحیم"), ("Karim", "کریم"), ("Hossein", "حسین"),
                 ("Jafar", "جعفر"), ("Hashem", "هاشم"), ("Mohseni", "محسنی"), ("Rezaei", "رضایی"),
                 ("Yusuf", "یوسف"), ("Noor", "نور"), ("Amiri", "امیری"), ("Sadeghi", "صادقی"),
                 ("Nazari", "نظری"), ("Akbar", "اکبر"), ("Haidar", "حیدر"), ("Ghulam", "غلام")]
PERSIAN_SUFFIX = [("", ""), ("i", "ی"), ("zadeh", "زاده"), ("zai", "زی"), ("pour", "پور"),
                  ("nia", "نیا"), ("far", "فر")]

KURDISH_GIVEN = ["Aso", "Rebin", "Shilan", "Dilan", "Azad", "Berivan", "Hozan", "Rojin",
                 "Sherko", "Nazdar", "Kawa", "Zozan"]


RARE_ONSETS = ["b", "d", "f", "g", "h", "j", "k", "kh", "l", "m", "n", "p", "r", "s", "sh", "t",
               "v", "w", "y", "z", "ch", "dr", "st", "tr", "br"]
RARE_VOWELS = ["a", "e", "i", "o", "u", "ou", "ai", "ie", "ee", "y"]
RARE_CODAS = ["", "", "n", "r", "l", "s", "k", "m", "d", "t", "sh", "nd", "ng"]


def _rare_name(rng: random.Random) -> str:
    """A random 2-4 syllable surname, mostly unique (long tail of real data)."""
    parts = [rng.choice(RARE_ONSETS) + rng.choice(RARE_VOWELS) + rng.choice(RARE_CODAS)
             for _ in range(rng.randint(2, 4))]
    return "".join(parts).capitalize()


def _latin(cyrillic_or_ethiopic: str) -> str:
    """Romanise a name with the project's own transliteration, capitalised."""
    return " ".join(p.capitalize() for p in transliterate(cyrillic_or_ethiopic).split())


def _birth(rng: random.Random) -> tuple[datetime.date | None, bool]:
    """Random birth date: 20 % placeholder 01.01., 5 % year only, 3 % unknown."""
    r = rng.random()
    year = int(min(2022, max(1935, rng.gauss(1985, 15))))
    if r < 0.03:
        return None, False
    if r < 0.08:
        return datetime.date(year, 1, 1), True
    if r < 0.28:
        return datetime.date(year, 1, 1), False
    return datetime.date(year, rng.randint(1, 12), rng.randint(1, 28)), False


def _variant(spellings: str, rng: random.Random) -> str:
    """Pick one of several space-separated Latin spellings."""
    return rng.choice(spellings.split())


def make_person(rng: random.Random) -> tuple[str, str, str, tuple[str, ...]]:
    """Return (family, given, original-script name, nationalities) for one synthetic client."""
    r = rng.random()
    if rng.random() < 0.35:  # long tail: rare surname, any background
        fam, given, original, nats = make_person(rng)
        return _rare_name(rng), given, "", nats
    if r < 0.40:  # Arabic-speaking (SY, IQ, ...)
        given, given_ar = rng.choice(ARABIC_GIVEN)
        if rng.random() < 0.5:
            fam, fam_ar = rng.choice(ARABIC_FAMILY_ROOTS)
            fam = _variant(fam, rng)
        else:
            fam = rng.choice(SYLL_A) + rng.choice(SYLL_B) + rng.choice(SYLL_C)
            fam_ar = ""
        if rng.random() < 0.3:
            fam = rng.choice(["Al-", "Al ", "Al", "El-"]) + fam
            fam_ar = "ال" + fam_ar if fam_ar else ""
        original = f"{given_ar} {fam_ar}".strip() if rng.random() < 0.4 else ""
        return fam, _variant(given, rng), original, (rng.choice(["SY", "IQ", "LB", "EG"]),)
    if r < 0.55:  # Persian / Afghan
        given, given_fa = rng.choice(PERSIAN_GIVEN)
        root, root_fa = rng.choice(PERSIAN_ROOTS)
        suf, suf_fa = rng.choice(PERSIAN_SUFFIX)
        fam = root + suf
        original = f"{given_fa} {root_fa}{suf_fa}" if rng.random() < 0.4 else ""
        return fam, _variant(given, rng), original, (rng.choice(["AF", "IR"]),)
    if r < 0.70:  # Ukrainian
        given_cy = rng.choice(UKR_GIVEN)
        fam_cy = rng.choice(UKR_ROOTS) + rng.choice(UKR_SUFFIX)
        original = f"{given_cy} {fam_cy}" if rng.random() < 0.6 else ""
        return _latin(fam_cy), _latin(given_cy), original, ("UA",)
    if r < 0.85:  # Turkish
        fam = rng.choice(TURKISH_A) + rng.choice(TURKISH_B)
        return fam, rng.choice(TURKISH_GIVEN), "", ("TR",)
    if r < 0.95:  # Eritrean / Ethiopian
        given_et = rng.choice(TIGRINYA_GIVEN)
        fam_et = rng.choice(TIGRINYA_FAMILY_A) + rng.choice(TIGRINYA_FAMILY_B)
        original = f"{given_et} {fam_et}" if rng.random() < 0.5 else ""
        return _latin(fam_et), _latin(given_et), original, (rng.choice(["ER", "ET"]),)
    fam = rng.choice(SYLL_A) + rng.choice(SYLL_B) + rng.choice(["i", "ani", "zade", "o"])
    return fam, rng.choice(KURDISH_GIVEN), "", (rng.choice(["IQ", "SY", "TR"]),)


def make_entries(n: int, seed: int) -> list[IndexEntry]:
    """Generate ``n`` synthetic index entries."""
    rng = random.Random(seed)
    serials: dict[int, int] = {}
    entries = []
    for i in range(n):
        fam, given, original, nats = make_person(rng)
        birth, year_only = _birth(rng)
        year = rng.randint(2018, 2025)
        serials[year] = serials.get(year, 0) + 1
        entries.append(IndexEntry(
            id=f"c{i:06d}", family_name=fam, given_names=given, name_original=original,
            birth_date=birth, birth_year_only=year_only,
            file_number=f"KIM-{year}-{serials[year]:05d}", nationalities=nats,
        ))
    return entries


def rss_mb() -> float:
    """Current resident set size in MiB (Linux), or NaN."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return float("nan")
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--tracemalloc", action="store_true",
                    help="also measure the Python heap of a second build with tracemalloc")
    ap.add_argument("--freeze", action="store_true",
                    help="gc.freeze() after the build, as an application would after loading")
    args = ap.parse_args()

    entries = make_entries(args.n, args.seed)
    gc.collect()
    rss0 = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    index = SearchIndex()
    for e in entries:
        index.add(e)
    index.search("warm-up")  # includes the one-off sort of the prefix lists
    build, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    gc.collect()
    rss1 = rss_mb()
    print(f"entries: {len(index):,}   distinct name tokens: {len(index._tok_post):,}   "
          f"distinct keys: {len(index._key_toks):,}")
    print(f"build (add x {args.n:,} + first search): {build:.2f} s wall, {build_cpu:.2f} s cpu   "
          f"RSS +{rss1 - rss0:.0f} MiB (total {rss1:.0f} MiB)")

    if args.tracemalloc:
        tracemalloc.start()
        other = SearchIndex(entries)
        other.search("warm-up")
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"tracemalloc: index {current / 2**20:.0f} MiB, peak {peak / 2**20:.0f} MiB")
        del other

    if args.freeze:
        gc.collect()
        gc.freeze()
    t = time.perf_counter()
    gc.collect()
    print(f"full gc.collect() with the index alive: {(time.perf_counter() - t) * 1000:.0f} ms")

    all_wall: list[float] = []
    all_cpu: list[float] = []
    print("\nper keystroke; wall = elapsed, cpu = process CPU time (robust to a busy machine)")
    print(f"{'query (typed letter by letter)':30} {'keys':>4} {'wall p50':>8} {'p95':>6} "
          f"{'max':>6} {'cpu p50':>8} {'p95':>6} {'max':>6}  hits")
    for query in QUERIES:
        wall: list[float] = []
        cpu: list[float] = []
        hits = []
        for _ in range(args.rounds):
            for k in range(1, len(query) + 1):
                t, c = time.perf_counter(), time.process_time()
                hits = index.search(query[:k])
                cpu.append((time.process_time() - c) * 1000)
                wall.append((time.perf_counter() - t) * 1000)
        all_wall += wall
        all_cpu += cpu
        print(f"{query:30} {len(query):4} {percentile(wall, 50):8.2f} {percentile(wall, 95):6.2f} "
              f"{max(wall):6.2f} {percentile(cpu, 50):8.2f} {percentile(cpu, 95):6.2f} "
              f"{max(cpu):6.2f}  {len(hits)}")
    print(f"{'all keystrokes':30} {len(all_wall):4} {percentile(all_wall, 50):8.2f} "
          f"{percentile(all_wall, 95):6.2f} {max(all_wall):6.2f} {percentile(all_cpu, 50):8.2f} "
          f"{percentile(all_cpu, 95):6.2f} {max(all_cpu):6.2f}")
    print(f"mean wall {statistics.fmean(all_wall):.2f} ms, "
          f"mean cpu {statistics.fmean(all_cpu):.2f} ms")

    sample = entries[:200]
    t, c = time.perf_counter(), time.process_time()
    for e in sample:
        index.find_duplicates(e)
    dup = (time.perf_counter() - t) * 1000 / len(sample)
    dup_cpu = (time.process_time() - c) * 1000 / len(sample)
    print(f"find_duplicates: {dup:.1f} ms wall, {dup_cpu:.1f} ms cpu per candidate "
          f"(mean of {len(sample)})")


if __name__ == "__main__":
    main()
