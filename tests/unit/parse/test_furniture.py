"""A page's furniture above the wire's dateline, every line of it against every dateline of its
language: bylines, stamps, labels and their values, pictures' credits, buttons and links to
other stories stand above the dateline and never hide it, nor credit the story.

Each language's lines are written for this test in the shapes its pages print them, with the
label words those pages use; the test reads every one, alone and after each other one, above
each dateline. The table's entries share one shape, a language's lines, datelines and story.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from feedpub.parse.wire import parse_wire_text

REFERENCE = dt.date(2025, 11, 8)

#: For each language: lines of furniture, datelines (as printed, the place, the agency's id),
#: and the story's first sentence.
PAGES: dict[str, tuple[list[str], list[tuple[str, str, str | None]], str]] = {
    "ar": (
        [
            "بقلم: أحمد علي",
            "نشر في: 7 نوفمبر 2025",
            "آخر تحديث: 7 نوفمبر 2025",
            "الكلمات المفتاحية: الوقود، الأسعار",
            "المحرر: أحمد علي",
            "التصنيف: اقتصاد",
            "رابط مختصر",
            "شارك",
        ],
        [("بغداد 7 نوفمبر 2025 (شينخوا) ", "بغداد", "xinhua"), ("القاهرة - ", "القاهرة", None)],
        "أعلنت الحكومة يوم الجمعة رفع أسعار الوقود اعتبارا من الشهر المقبل، وفقا لمسؤولين.",
    ),
    "en": (
        [
            "By Jane Carter | Updated: Nov 07, 2025, 10:32 IST",
            "Published: 7 November 2025 10:32",
            "Photo: Reuters",
            "Reporter: Li Ming",
            "Share this article",
            "3 min read",
            "From our correspondent",
            "Senior Correspondent",
        ],
        [("BAGHDAD, Nov. 7 (Xinhua) -- ", "BAGHDAD", "xinhua"), ("LAGOS — ", "LAGOS", None)],
        "The government said on Friday it would raise fuel prices from next month, officials said.",
    ),
    "de": (
        [
            "Von Hans Müller, Berlin",
            "Foto: Michael Kappeler/dpa",
            "Stand: 07.11.2025 10:32 Uhr",
            "Lesezeit: 3 Min.",
            "Teilen",
        ],
        [("Berlin (dpa) - ", "Berlin", "dpa"), ("Wien. ", "Wien", None)],
        "Die Regierung hat am Freitag angekündigt, die Treibstoffpreise ab dem nächsten Monat zu erhöhen.",
    ),
    "es": (
        [
            "Por Juan Pérez | 07/11/2025 10:32",
            "Fotografía: EFE/Juan Pérez",
            "Publicado: viernes, 7 de noviembre de 2025",
            "Escuchar",
            "Compartir",
        ],
        [
            ("MADRID, 7 Nov. (EUROPA PRESS) - ", "MADRID", "europa-press"),
            ("Caracas, 7 de noviembre de 2025 - ", "Caracas", None),
        ],
        "El gobierno anunció el viernes un alza de los precios del combustible a partir del próximo mes.",
    ),
    "fa": (
        [
            "نویسنده: علی رضایی",
            "کد خبر: ۱۲۳۴۵۶",
            "عکس: ایرنا",
            "خبرنگار: علی رضایی",
            "اشتراک گذاری",
            "زمان مطالعه: ۳ دقیقه",
            "۶ ساعت پیش",
        ],
        [("تهران- ایرنا- ", "تهران", "irna"), ("تهران (ایسنا) - ", "تهران", "isna")],
        "دولت روز جمعه اعلام کرد که قیمت سوخت از ماه آینده افزایش می یابد و این تصمیم اجرا خواهد شد.",
    ),
    "fr": (
        [
            "Par Jeanne Martin",
            "Publié le 7 novembre 2025 à 10h32",
            "Photo : AFP",
            "Partager",
            "Temps de lecture : 3 min",
        ],
        [("PARIS, 7 novembre (AFP) - ", "PARIS", "afp"), ("ABIDJAN - ", "ABIDJAN", None)],
        "Le gouvernement a annoncé vendredi une hausse des prix du carburant à partir du mois prochain.",
    ),
    "hi": (
        ["लेखक: राहुल शर्मा", "प्रकाशित: 07 नवंबर 2025, 10:32 AM", "फोटो: पीटीआई", "शेयर करें", "एजेंसी"],
        [("नई दिल्ली, 7 नवंबर (भाषा) ", "नई दिल्ली", "pti"), ("मुंबई: ", "मुंबई", None)],
        "सरकार ने शुक्रवार को घोषणा की कि अगले महीने से ईंधन की कीमतों में बढ़ोतरी की जाएगी।",
    ),
    "id": (
        ["Oleh: Budi Santoso", "Jumat, 7 November 2025 10:32 WIB", "Foto: ANTARA", "Ilustrasi (ANTARA)", "Bagikan"],
        [("JAKARTA (ANTARA) - ", "JAKARTA", "antara"), ("MEDAN - ", "MEDAN", None)],
        "Pemerintah mengumumkan pada hari Jumat akan menaikkan harga bahan bakar mulai bulan depan.",
    ),
    "ru": (
        ["Иван Петров", "7 ноября 2025, 10:32", "Фото: РИА Новости", "Поделиться", "Обновлено 7 ноября 2025, 10:32"],
        [("МОСКВА, 7 ноября. /ТАСС/. ", "МОСКВА", "tass"), ("Киев - ", "Киев", None)],
        "Правительство в пятницу объявило о повышении цен на топливо со следующего месяца.",
    ),
    "tr": (
        ["Ahmet Yılmaz", "Yayınlanma: 07.11.2025 10:32", "Fotoğraf: AA", "Paylaş", "Güncelleme: 07.11.2025 10:32"],
        [("ANKARA (AA) - ", "ANKARA", "anadolu"), ("İzmir - ", "İzmir", None)],
        "Hükümet cuma günü yakıt fiyatlarının gelecek aydan itibaren artırılacağını açıkladı.",
    ),
    "ur": (
        ["تحریر: علی احمد", "اپ ڈیٹ 07 نومبر 2025", "فائل فوٹو", "ویب ڈیسک", "شیئر کریں"],
        [("اسلام آباد (اے پی پی) ", "اسلام آباد", "app"), ("لاہور: ", "لاہور", None)],
        "حکومت نے جمعہ کو اعلان کیا کہ اگلے ماہ سے ایندھن کی قیمتوں میں اضافہ کیا جائے گا۔",
    ),
    "vi": (
        ["Nguyễn Văn A", "Thứ Sáu, 07/11/2025 10:32 (GMT+7)", "Ảnh: TTXVN", "Chia sẻ"],
        [("Hà Nội (TTXVN) - ", "Hà Nội", "vna"), ("TP.HCM - ", "TP.HCM", None)],
        "Chính phủ hôm thứ Sáu thông báo sẽ tăng giá nhiên liệu kể từ tháng tới theo quyết định mới.",
    ),
    "zh": (
        [
            "记者 张三",
            "日期：2025-11-07",
            "2025-11-07 10:32 来源：新华网",
            "图片来源：新华社",
            "分享到：",
            "责任编辑：李四",
        ],
        [("新华社北京11月7日电 ", "北京", "xinhua"), ("中新网上海11月7日电 ", "上海", "chinanews")],
        "中国政府7日宣布，从下个月起提高燃油价格，以应对国际油价上涨带来的压力和影响。",
    ),
}

CASES = [
    pytest.param(lines, opening, place, agency, story, id=f"{language}-{index}-{number}")
    for language, (furniture, datelines, story) in PAGES.items()
    for index, lines in enumerate([(line,) for line in furniture] + list(itertools.permutations(furniture, 2)))
    for number, (opening, place, agency) in enumerate(datelines)
]


@pytest.mark.parametrize(("lines", "opening", "place", "agency", "story"), CASES)
def test_furniture_above_the_dateline_hides_it_not(
    lines: tuple[str, ...], opening: str, place: str, agency: str | None, story: str
) -> None:
    """The dateline below the page's furniture is read, with its agency or none, and the story
    opens after it."""
    text = "\n".join(["Headline", *lines, opening + story, "The second paragraph of the story."])
    article, _ = parse_wire_text(text, {}, REFERENCE)
    assert article is not None
    assert article["dateline"]["place"] == place
    assert article.get("agency", {}).get("id") == agency
    assert article["body"][0] == story
