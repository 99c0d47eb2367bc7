"""The paged producer list model: rows read as they scroll into view, sorted and filtered in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import event

from kbo_desktop.domain import records as r
from kbo_desktop.domain.enums import Category, Quadrant
from kbo_desktop.services.producer_list import ProducerFilter
from kbo_desktop.ui.producers.list_model import (
    COL_AMPHOE,
    COL_CATEGORIES,
    COL_NAME,
    COL_PRODUCTS,
    COL_QUADRANT,
    COL_STARS,
    COL_TARGET,
    ID_ROLE,
    ProducerListModel,
    ProducerSortProxy,
    size_for_paging,
)

Asc, Desc = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder

# Thai dictionary order: a word starting with เ แ โ ใ ไ sorts by the consonant after the
# vowel (เขียว between ขนม and ไข่), which SQLite's plain text order gets wrong.
IN_DICTIONARY_ORDER = ["กล้วยตากบ้านนา", "ขนมจีนแม่ศรี", "เขียวหวานป้าแดง", "ไข่เค็มไชยา", "โคขุนโพนยางคำ"]


def _plain(text: str | None) -> str:
    return (text or "").replace("\u200b", "")


def _names(model, column: int = COL_NAME) -> list[str]:  # noqa: ANN001
    return [_plain(model.index(row, column).data()) for row in range(model.rowCount())]


@pytest.fixture
def loaded(db):  # noqa: ANN001, ANN201
    """A model over ``db`` reading two rows per page, so every test crosses pages."""

    def load(filters: ProducerFilter = ProducerFilter()) -> ProducerListModel:  # noqa: B008
        model = ProducerListModel(db, page_size=2)
        model.load(filters)
        return model

    return load


def _producer(records, name: str, amphoe: str = "เมืองเลย", *products: r.Product) -> r.Producer:  # noqa: ANN001
    producer = records.save(r.Producer(name=name, address=r.Address(amphoe=amphoe, province="เลย")))
    for product in products:
        product.producer_id = producer.id
        records.save(product)
    return producer


def _seed_products(records) -> None:  # noqa: ANN001
    food, drink = Category.FOOD, Category.BEVERAGE
    cloth, basket = Category.TEXTILE_APPAREL, Category.HOUSEHOLD_DECOR_SOUVENIR
    _producer(records, "กลุ่มไม่มีผลิตภัณฑ์", "ภูเรือ")
    _producer(
        records, "กลุ่มน้ำพริก", "นาด้วง",
        r.Product(name="น้ำพริกเผา", category=food, star_rating=2, quadrant=Quadrant.B),
        r.Product(name="น้ำพริกนรก", category=food, star_rating=3, quadrant=Quadrant.B),
    )  # fmt: skip
    _producer(
        records, "กลุ่มผ้าทอ", "เชียงคาน",
        r.Product(name="ผ้าซิ่น", category=cloth, star_rating=4, quadrant=Quadrant.A, kbo_target=True),
    )  # fmt: skip
    _producer(
        records, "กลุ่มจักสาน", "ด่านซ้าย",
        r.Product(name="กระติบข้าว", category=basket, quadrant=Quadrant.D),
        r.Product(name="ไวน์มะขาม", category=drink, star_rating=1, quadrant=Quadrant.C),
    )  # fmt: skip


def test_model_passes_qtmodeltester_across_pages(qtmodeltester, records, loaded) -> None:
    for name in IN_DICTIONARY_ORDER:
        _producer(records, name)
    model = loaded()
    qtmodeltester.check(model)
    proxy = ProducerSortProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.sort(COL_AMPHOE, Desc)
    qtmodeltester.check(model)


def test_rows_are_read_a_page_at_a_time_as_they_scroll_into_view(qtbot, db, records) -> None:
    names = [f"กลุ่มผู้ผลิตที่ {n:03d}" for n in range(250)]
    records.save_many(r.Producer(name=name) for name in names)
    statements: list[str] = []
    event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    model = ProducerListModel(db, page_size=100)
    proxy = ProducerSortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    size_for_paging(view)
    view.resize(800, 500)
    view.show()
    model.load(ProducerFilter())
    QApplication.processEvents()
    assert model.rowCount() == 250  # the whole list is there to scroll through
    first_page = len(statements)
    view.scrollToBottom()
    QApplication.processEvents()
    last = view.rowAt(view.viewport().height() - 2)
    assert last == 249
    assert _plain(proxy.index(last, COL_NAME).data()) == "กลุ่มผู้ผลิตที่ 249"
    assert len(statements) - first_page == 1  # one query for the last page, none per row
    before = len(statements)
    assert _names(model) == names  # reading every row: one query per page of 100 rows
    assert len(statements) - before == 1  # the first and last pages had been read already


def test_names_sort_in_thai_dictionary_order(records, loaded) -> None:
    for name in reversed(IN_DICTIONARY_ORDER):
        _producer(records, name)
    model = loaded()
    assert _names(model) == IN_DICTIONARY_ORDER
    model.sort(COL_NAME, Desc)
    assert _names(model) == IN_DICTIONARY_ORDER[::-1]


def test_districts_sort_in_thai_order_with_names_ascending_within(records, loaded) -> None:
    for name, amphoe in [("กลุ่มข", "เชียงคาน"), ("กลุ่มก", "เชียงคาน"), ("กลุ่มค", "ด่านซ้าย"),
                         ("กลุ่มง", "ภูเรือ"), ("กลุ่มจ", "นาด้วง")]:  # fmt: skip
        _producer(records, name, amphoe)
    model = loaded()
    model.sort(COL_AMPHOE, Asc)
    assert _names(model, COL_AMPHOE) == ["เชียงคาน", "เชียงคาน", "ด่านซ้าย", "นาด้วง", "ภูเรือ"]
    model.sort(COL_AMPHOE, Desc)
    assert _names(model, COL_AMPHOE) == ["ภูเรือ", "นาด้วง", "ด่านซ้าย", "เชียงคาน", "เชียงคาน"]
    assert _names(model)[-2:] == ["กลุ่มก", "กลุ่มข"]


def test_product_columns_sort_by_what_they_show(records, loaded) -> None:
    _seed_products(records)
    model = loaded()
    model.sort(COL_PRODUCTS, Desc)
    assert _names(model, COL_PRODUCTS) == ["2", "2", "1", "0"]
    assert _names(model)[:2] == ["กลุ่มจักสาน", "กลุ่มน้ำพริก"]  # a tie keeps name order
    model.sort(COL_STARS, Desc)
    assert _names(model, COL_STARS) == ["4 ดาว", "3 ดาว", "1 ดาว", "–"]
    model.sort(COL_CATEGORIES, Asc)  # as the labels read: เครื่องดื่ม… before ผ้า… before อาหาร
    assert _names(model) == ["กลุ่มไม่มีผลิตภัณฑ์", "กลุ่มจักสาน", "กลุ่มผ้าทอ", "กลุ่มน้ำพริก"]
    assert _names(model, COL_CATEGORIES)[1] == "เครื่องดื่ม, ของใช้ ของตกแต่ง ของที่ระลึก"
    model.sort(COL_QUADRANT, Asc)
    assert _names(model, COL_QUADRANT) == ["", "A", "B", "C, D"]
    model.sort(COL_TARGET, Desc)
    assert _names(model, COL_TARGET) == ["✓", "", "", ""]


def test_each_filter_narrows_the_count_and_the_rows(records, loaded) -> None:
    _seed_products(records)
    cases = {
        ProducerFilter(): 4,
        ProducerFilter(amphoe="เชียงคาน"): 1,
        ProducerFilter(category=Category.FOOD): 1,
        ProducerFilter(stars=1): 1,
        ProducerFilter(quadrant=Quadrant.B): 1,
        ProducerFilter(kbo_target_only=True): 1,
        ProducerFilter(text="มะขาม"): 1,  # a product's name
        ProducerFilter(text="กลุ่ม"): 4,
        ProducerFilter(text="ภูเรือ"): 1,  # the district
        ProducerFilter(category=Category.FOOD, stars=4): 0,  # one product must match both
    }
    for filters, count in cases.items():
        model = loaded(filters)
        assert model.rowCount() == count, filters
        assert all(_names(model)), filters  # every counted row has its producer
    assert _names(loaded(ProducerFilter(stars=1))) == ["กลุ่มจักสาน"]


def test_sorting_keeps_the_selected_producer_selected(qtbot, records, db) -> None:
    districts = ["ภูเรือ", "นาด้วง", "ด่านซ้าย", "เชียงคาน", "ท่าลี่"]
    for name, amphoe in zip(IN_DICTIONARY_ORDER, districts, strict=True):
        _producer(records, name, amphoe)
    model = ProducerListModel(db, page_size=2)
    proxy = ProducerSortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(COL_NAME, Asc)
    model.load(ProducerFilter())
    view.selectionModel().setCurrentIndex(
        proxy.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = proxy.index(0, 0).data(ID_ROLE)
    view.sortByColumn(COL_AMPHOE, Asc)  # what a click on the district header does
    current = view.currentIndex()
    assert current.data(ID_ROLE) == chosen
    assert _plain(current.data()) == IN_DICTIONARY_ORDER[0]
    assert current.row() == model.row_of(chosen) == 4  # ภูเรือ is last of the districts
    assert [i.row() for i in view.selectionModel().selectedRows()] == [4]


def test_a_producer_deleted_after_listing_shows_empty_until_reload(records, loaded) -> None:
    first, second = (_producer(records, name) for name in IN_DICTIONARY_ORDER[:2])
    model = loaded()
    records.delete(r.Producer, first.id)
    assert model.index(0, COL_NAME).data() is None
    assert model.row_of(second.id) == 1
    model.load(ProducerFilter())
    assert _names(model) == [IN_DICTIONARY_ORDER[1]] and model.row_of(first.id) == -1


@pytest.mark.qt_log_ignore(r"This plugin does not support")  # offscreen cannot size windows
def test_tab_jumps_to_a_producer_far_down_a_long_list(qtbot, monkeypatch, records) -> None:
    from PySide6.QtWidgets import QMessageBox

    from kbo_desktop.ui.producers.tab import ProducersTab

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    made = records.save_many(
        r.Producer(name=f"กลุ่มผู้ผลิตที่ {n:03d}", address=r.Address(amphoe="เมืองเลย"))
        for n in range(250)
    )
    tab = ProducersTab(records.db)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    assert tab.ui.countLabel.text() == "250 ราย"
    far = made[230]
    assert tab.show_record("producers", far.id)
    current = tab.ui.producerTable.currentIndex()
    assert current.row() == 230 and _plain(current.data()) == "กลุ่มผู้ผลิตที่ 230"
    assert tab.editor.producer_id() == far.id
    tab.ui.producerTable.sortByColumn(COL_NAME, Desc)  # the selection follows the producer
    assert tab.ui.producerTable.currentIndex().row() == 19
    qtbot.mouseClick(tab.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert tab.ui.countLabel.text() == "249 ราย" and tab.model.row_of(far.id) == -1
    qtbot.mouseClick(tab.ui.undoButton, Qt.MouseButton.LeftButton)
    assert tab.model.row_of(far.id) == 19 and tab.ui.producerTable.currentIndex().row() == 19
