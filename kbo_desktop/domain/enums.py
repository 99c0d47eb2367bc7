"""Every enumeration of the exchange contract, with Thai and English labels.

Values are exactly the strings of ``kbo-exchange-v1``; labels are what people
read. Thai labels use the terms officers and committees already use
(อย., มผช., ข้อดี/ข้อเด่น/ข้อด้อย).
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A contract enumeration whose members carry a Thai and an English label."""

    @property
    def label_th(self) -> str:
        return type(self)._labels()[self.value][0]

    @property
    def label_en(self) -> str:
        return type(self)._labels()[self.value][1]

    def label(self, language: str = "th") -> str:
        return self.label_en if language == "en" else self.label_th

    @classmethod
    def _labels(cls) -> dict[str, tuple[str, str]]:
        return _LABELS[cls.__name__]

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Accept a contract value or either label (as typed in a spreadsheet)."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label_th.casefold(), member.label_en.casefold()):
                return member
        raise ValueError(text)


class MemberKind(LabelledEnum):
    GOVERNMENT_AGENCY = "government_agency"
    ACADEMIC = "academic"
    PRIVATE_SECTOR = "private_sector"
    LOCAL_SAGE = "local_sage"
    FINANCIAL_INSTITUTION = "financial_institution"
    OTHER = "other"


class ProducerType(LabelledEnum):
    COMMUNITY_GROUP = "community_group"
    SINGLE_OWNER = "single_owner"
    SME = "sme"
    COMMUNITY_ENTERPRISE = "community_enterprise"
    OTHER = "other"


class Category(LabelledEnum):
    """The five OTOP product categories."""

    FOOD = "food"
    BEVERAGE = "beverage"
    TEXTILE_APPAREL = "textile_apparel"
    HOUSEHOLD_DECOR_SOUVENIR = "household_decor_souvenir"
    HERBAL_NON_FOOD = "herbal_non_food"


class Quadrant(LabelledEnum):
    """OTOP product quadrants: A star, B core, C unique, D develop."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class Standard(LabelledEnum):
    FDA = "fda"
    TCPS = "tcps"
    TISI = "tisi"
    GMP = "gmp"
    HACCP = "haccp"
    HALAL = "halal"
    ORGANIC_THAILAND = "organic_thailand"
    GAP = "gap"
    PGS = "pgs"
    OTHER = "other"


class CertificationStatus(LabelledEnum):
    HELD = "held"
    IN_PROGRESS = "in_progress"
    PLANNED = "planned"
    EXPIRED = "expired"


class SwotKind(LabelledEnum):
    STRENGTH = "strength"
    HIGHLIGHT = "highlight"
    WEAKNESS = "weakness"
    OPPORTUNITY = "opportunity"
    THREAT = "threat"


class PlanArea(LabelledEnum):
    STANDARDS = "standards"
    PACKAGING = "packaging"
    PRODUCTION = "production"
    INNOVATION = "innovation"
    MARKETING = "marketing"
    BRANDING_MEDIA = "branding_media"
    FINANCE = "finance"
    MANAGEMENT = "management"
    OTHER = "other"


class ActionStatus(LabelledEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class PhotoOwnerKind(LabelledEnum):
    PRODUCER = "producer"
    PRODUCT = "product"
    VISIT = "visit"


class PhotoExt(LabelledEnum):
    JPG = "jpg"
    JPEG = "jpeg"
    PNG = "png"
    WEBP = "webp"


_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "MemberKind": {
        "government_agency": ("หน่วยงานภาครัฐ", "Government agency"),
        "academic": ("สถาบันการศึกษา", "Academic institution"),
        "private_sector": ("ภาคเอกชน", "Private sector"),
        "local_sage": ("ปราชญ์ชาวบ้าน", "Local sage"),
        "financial_institution": ("สถาบันการเงิน", "Financial institution"),
        "other": ("อื่น ๆ", "Other"),
    },
    "ProducerType": {
        "community_group": ("กลุ่มผู้ผลิตชุมชน", "Community producer group"),
        "single_owner": ("ผู้ผลิตชุมชนที่เป็นเจ้าของรายเดียว", "Single-owner producer"),
        "sme": ("ผู้ประกอบการ SMEs", "SME"),
        "community_enterprise": ("วิสาหกิจชุมชน", "Community enterprise"),
        "other": ("อื่น ๆ", "Other"),
    },
    "Category": {
        "food": ("อาหาร", "Food"),
        "beverage": ("เครื่องดื่ม", "Beverage"),
        "textile_apparel": ("ผ้า เครื่องแต่งกาย", "Textiles and apparel"),
        "household_decor_souvenir": (
            "ของใช้ ของตกแต่ง ของที่ระลึก",
            "Household goods, decor and souvenirs",
        ),
        "herbal_non_food": ("สมุนไพรที่ไม่ใช่อาหารและยา", "Herbal products (non-food)"),
    },
    "Quadrant": {
        "A": ("กลุ่ม A (Star)", "Quadrant A (star)"),
        "B": ("กลุ่ม B (Core)", "Quadrant B (core)"),
        "C": ("กลุ่ม C (Unique)", "Quadrant C (unique)"),
        "D": ("กลุ่ม D (ปรับพัฒนา)", "Quadrant D (to develop)"),
    },
    "Standard": {
        "fda": ("อย.", "Thai FDA (อย.)"),
        "tcps": ("มผช.", "Community product standard (มผช.)"),
        "tisi": ("มอก.", "Industrial standard (มอก.)"),
        "gmp": ("GMP", "GMP"),
        "haccp": ("HACCP", "HACCP"),
        "halal": ("ฮาลาล", "Halal"),
        "organic_thailand": ("Organic Thailand", "Organic Thailand"),
        "gap": ("GAP", "GAP"),
        "pgs": ("PGS (เกษตรอินทรีย์แบบมีส่วนร่วม)", "PGS (participatory organic)"),
        "other": ("มาตรฐานอื่น", "Other standard"),
    },
    "CertificationStatus": {
        "held": ("ได้รับแล้ว", "Held"),
        "in_progress": ("อยู่ระหว่างยื่นขอ", "In progress"),
        "planned": ("มีแผนจะยื่นขอ", "Planned"),
        "expired": ("หมดอายุ", "Expired"),
    },
    "SwotKind": {
        "strength": ("ข้อดี", "Strengths"),
        "highlight": ("ข้อเด่น", "Highlights"),
        "weakness": ("ข้อด้อย", "Weaknesses"),
        "opportunity": ("โอกาส", "Opportunities"),
        "threat": ("อุปสรรค", "Threats"),
    },
    "PlanArea": {
        "standards": ("มาตรฐาน", "Standards"),
        "packaging": ("บรรจุภัณฑ์", "Packaging"),
        "production": ("การผลิต", "Production"),
        "innovation": ("นวัตกรรม", "Innovation"),
        "marketing": ("การตลาด", "Marketing"),
        "branding_media": ("ตราสินค้าและสื่อ", "Branding and media"),
        "finance": ("การเงิน", "Finance"),
        "management": ("การบริหารจัดการ", "Management"),
        "other": ("อื่น ๆ", "Other"),
    },
    "ActionStatus": {
        "planned": ("ยังไม่เริ่ม", "Planned"),
        "in_progress": ("กำลังดำเนินการ", "In progress"),
        "done": ("เสร็จแล้ว", "Done"),
        "delayed": ("ล่าช้า", "Delayed"),
        "cancelled": ("ยกเลิก", "Cancelled"),
    },
    "PhotoOwnerKind": {
        "producer": ("ผู้ผลิต", "Producer"),
        "product": ("ผลิตภัณฑ์", "Product"),
        "visit": ("การลงพื้นที่", "Field visit"),
    },
    "PhotoExt": {ext: (ext.upper(), ext.upper()) for ext in ("jpg", "jpeg", "png", "webp")},
}
