<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="th_TH">
<context>
    <name>ActionDisplay</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_display.py" line="47"/>
        <source>เลยกำหนด</source>
        <translation>Overdue</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="48"/>
        <source>ด้าน</source>
        <extracomment>Which record field each column edits. Column titles, marked for lupdate; translated when the model is made.</extracomment>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="49"/>
        <source>กิจกรรม</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="50"/>
        <source>ข้อด้อยที่แก้</source>
        <translation>Weakness addressed</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="51"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="52"/>
        <source>วันเริ่ม</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="53"/>
        <source>กำหนดเสร็จ</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="54"/>
        <source>งบ (บาท)</source>
        <translation>Budget (THB)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="55"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="56"/>
        <source>ความคืบหน้า</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="132"/>
        <source>เลยกำหนดเสร็จแล้วแต่ยังไม่เสร็จ</source>
        <translation>Past its due date and not done yet</translation>
    </message>
</context>
<context>
    <name>ActionsTableController</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/actions_table.py" line="194"/>
        <source>กิจกรรมแถวที่ %1: %2</source>
        <translation>Action in row %1: %2</translation>
    </message>
</context>
<context>
    <name>AgendaProducts</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/agenda_products.py" line="42"/>
        <source>อ.%1</source>
        <translation>%1 District</translation>
    </message>
</context>
<context>
    <name>AgendaProductsEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/products_editor.py" line="100"/>
        <source>แสดง %1 จาก %2 ผลิตภัณฑ์ · เลือกแล้ว %3</source>
        <translation>Showing %1 of %2 products · %3 chosen</translation>
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="74"/>
        <source>วิเคราะห์ผลิตภัณฑ์</source>
        <translation>Product analysis</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="93"/>
        <source>บันทึกการวิเคราะห์แล้ว</source>
        <translation>Analysis saved</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="95"/>
        <source> (กิจกรรม %1 รายการไม่ได้ผูกกับข้อด้อยที่ลบแล้ว)</source>
        <translation> (%1 plan actions no longer point to a deleted weakness)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="103"/>
        <source>ยกเลิกการแก้ไขแล้ว</source>
        <translation>Edits reverted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="197"/>
        <source>การวิเคราะห์ของผลิตภัณฑ์นี้ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่</source>
        <translation>The analysis of this product is not saved. Save it first?</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="312"/>
        <source>เพิ่มประเด็นใหม่ในกลุ่ม%1 พิมพ์ข้อความแล้วกดบันทึก</source>
        <translation>New point added to %1: type the text and press Save</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="360"/>
        <source>ลบประเด็น &quot;%1&quot; แล้ว กด Ctrl+Z หรือปุ่มเรียกคืนเพื่อนำกลับมา</source>
        <translation>Deleted the point &quot;%1&quot;. Press Ctrl+Z or Restore to bring it back</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="370"/>
        <source>เรียกคืนประเด็นแล้ว</source>
        <translation>Point restored</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="402"/>
        <source>ยังบันทึกไม่ได้: %1</source>
        <translation>Not saved yet: %1</translation>
    </message>
</context>
<context>
    <name>AnalysisTabForm</name>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="32"/>
        <source>ภาพผลิตภัณฑ์</source>
        <translation>Product photo</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="40"/>
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation>Choose a product from the list on the left</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="63"/>
        <source>&amp;บันทึก</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="64"/>
        <source>บันทึกการวิเคราะห์ของผลิตภัณฑ์นี้ (Ctrl+S)</source>
        <translation>Save this product&apos;s analysis (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="70"/>
        <source>ยกเลิกการแก้ไข</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="71"/>
        <source>ทิ้งการแก้ไขที่ยังไม่ได้บันทึก</source>
        <translation>Discard the unsaved edits</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="84"/>
        <location filename="../../forms/analysis_tab.ui" line="92"/>
        <source>ข้อดี</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="100"/>
        <location filename="../../forms/analysis_tab.ui" line="108"/>
        <source>ข้อเด่น</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="116"/>
        <location filename="../../forms/analysis_tab.ui" line="124"/>
        <source>ข้อด้อย</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="132"/>
        <location filename="../../forms/analysis_tab.ui" line="140"/>
        <source>โอกาส</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="148"/>
        <location filename="../../forms/analysis_tab.ui" line="156"/>
        <source>อุปสรรค</source>
        <translation>Threats</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="164"/>
        <source>ประเด็นที่เลือก</source>
        <translation>Selected point</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="174"/>
        <source>&amp;ข้อความ</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="181"/>
        <source>พิมพ์ประเด็น เช่น บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ</source>
        <translation>Type the point, e.g. the packaging does not yet attract buyers</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="194"/>
        <source>ผู้เ&amp;สนอ</source>
        <translation>Raised &amp;by</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="202"/>
        <source>เลือกสมาชิกเครือข่าย หรือพิมพ์เอง เช่น ที่ประชุมคณะกรรมการ KBO ครั้งที่ 1/2566</source>
        <translation>Choose a network member or type a name, e.g. KBO committee meeting 1/2566</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="209"/>
        <source>&amp;วันที่</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="220"/>
        <source>&amp;กลุ่ม</source>
        <translation>&amp;Group</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="226"/>
        <source>ย้ายประเด็นไปกลุ่มอื่น (Ctrl+ซ้าย/ขวา)</source>
        <translation>Move the point to another group (Ctrl+Left/Right)</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="235"/>
        <source>เพิ่มประเด็น</source>
        <translation>Add point</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="242"/>
        <source>เลื่อนขึ้น (Ctrl+ขึ้น)</source>
        <translation>Move up (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="243"/>
        <source>เลื่อนขึ้น</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="249"/>
        <source>เลื่อนลง (Ctrl+ลง)</source>
        <translation>Move down (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="250"/>
        <source>เลื่อนลง</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="255"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="256"/>
        <source>ลบประเด็นที่เลือก (Delete)</source>
        <translation>Delete the selected point (Delete)</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="261"/>
        <source>เรียกคืน</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="262"/>
        <source>เรียกคืนประเด็นที่ลบล่าสุด (Ctrl+Z)</source>
        <translation>Restore the last deleted point (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>BeCalendarWidget</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="62"/>
        <source>เดือนก่อน</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="63"/>
        <source>เดือนถัดไป</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="68"/>
        <source>พ.ศ. </source>
        <translation>BE </translation>
    </message>
</context>
<context>
    <name>BeDateEdit</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="119"/>
        <source>ไม่ระบุวันที่</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="120"/>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="175"/>
        <source>พิมพ์วันที่ เช่น 6 ธ.ค. 2565 หรือ 6/12/2565</source>
        <translation>Type a date, e.g. 6 Dec 2565 or 6/12/2565 (Buddhist Era)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="122"/>
        <source>เลือกจากปฏิทิน (Alt+ลง)</source>
        <translation>Pick from the calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="168"/>
        <source>อ่านวันที่ไม่ได้ ลองพิมพ์แบบ 6 ธ.ค. 2565</source>
        <translation>Not a date; try 6 Dec 2565</translation>
    </message>
</context>
<context>
    <name>BudgetDelegate</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/delegates.py" line="151"/>
        <source> บาท</source>
        <translation> THB</translation>
    </message>
</context>
<context>
    <name>CertificationModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="47"/>
        <source>หมดอายุแล้ว</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="52"/>
        <source>ใกล้หมดอายุ (อีก %1 วัน)</source>
        <translation>Expires soon (days left: %1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="71"/>
        <source>มาตรฐาน</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="72"/>
        <source>เลขที่</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="73"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="74"/>
        <source>วันที่ออก</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="75"/>
        <source>วันหมดอายุ</source>
        <translation>Expires</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="26"/>
        <source>ระเบียน</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="27"/>
        <source>อยู่ใน</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="28"/>
        <source>ลักษณะ</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="29"/>
        <source>ช่องที่ต่างกัน</source>
        <translation>Fields that differ</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="30"/>
        <source>นำเข้าจาก</source>
        <translation>Imported from</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="31"/>
        <source>พบเมื่อ</source>
        <translation>Found</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="73"/>
        <source>ลบที่เครื่องหนึ่ง แก้ไขที่อีกเครื่อง</source>
        <translation>Deleted on one computer, edited on the other</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="74"/>
        <source>แก้ไขทั้งสองเครื่อง</source>
        <translation>Edited on both computers</translation>
    </message>
</context>
<context>
    <name>ConflictReviewDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="122"/>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="206"/>
        <source>ตรวจข้อมูลขัดแย้ง</source>
        <translation>Review conflicts</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="134"/>
        <source>ไม่มีข้อมูลขัดแย้งที่รอตรวจ</source>
        <translation>No conflicts to review</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="135"/>
        <source>ทุกระเบียนที่นำเข้าตรงกันแล้ว เมื่อนำเข้าไฟล์ .kbo แล้วพบว่าเครื่องนี้กับเครื่องที่ส่งมาแก้ไขระเบียนเดียวกันทั้งคู่ รายการนั้นจะมาแสดงที่นี่ให้เลือกค่าที่ถูกต้อง</source>
        <translation>Every imported record agrees. When a .kbo import finds a record edited both on this computer and on the one that sent the file, it is listed here so you can choose the right values.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="139"/>
        <source>แต่ละรายการคือระเบียนที่เครื่องนี้และเครื่องที่ส่งไฟล์มาแก้ไขทั้งคู่ โปรแกรมใช้ฉบับที่แก้ไขล่าสุดไว้ก่อน และเก็บอีกฉบับไว้ให้ตรวจ เลือกค่าที่ถูกต้องในแต่ละช่องที่ไฮไลต์ (หรือดับเบิลคลิกที่ค่านั้น) แล้วกด “บันทึกการเลือก”</source>
        <translation>Each entry is a record edited both on this computer and on the one that sent the file. The most recent edit is in use and the other version is kept for review. Choose the right value in each highlighted field (or double-click it), then press “Save choices”.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="158"/>
        <source>แสดงเฉพาะช่องที่ต่างกัน</source>
        <translation>Show only fields that differ</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="159"/>
        <source>คงค่าที่ใช้อยู่ทุกช่อง</source>
        <translation>Keep current values in all fields</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="160"/>
        <source>ใช้ค่าจากอีกฉบับทุกช่อง</source>
        <translation>Use the other version in all fields</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="179"/>
        <source>บันทึกการเลือก</source>
        <translation>Save choices</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="205"/>
        <source>ตรวจข้อมูลขัดแย้ง (%1 รายการ)</source>
        <translation>Review conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="229"/>
        <source>เครื่องนี้</source>
        <translation>this computer</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="232"/>
        <source>%1 (ไฟล์ %2)</source>
        <translation>%1 (file %2)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="238"/>
        <source>ฉบับที่ใช้อยู่คือฉบับของเครื่องนี้ (แก้ไขล่าสุด) · อีกฉบับมาจาก %1</source>
        <translation>In use: this computer&apos;s version (edited last) · the other version came from %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="241"/>
        <source>ฉบับที่ใช้อยู่มาจาก %1 (แก้ไขล่าสุด) · อีกฉบับคือฉบับของเครื่องนี้ก่อนนำเข้า</source>
        <translation>In use: the version from %1 (edited last) · the other is this computer&apos;s version before the import</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="248"/>
        <source>ฉบับที่ใช้อยู่
(จาก%1)</source>
        <translation>In use
(from %1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="249"/>
        <source>อีกฉบับ
(จาก%1)</source>
        <translation>Other version
(from %1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="274"/>
        <source>บันทึกการเลือกไม่สำเร็จ</source>
        <translation>Could not save the choices</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="282"/>
        <source>บันทึกการเลือกของ %1 แล้ว</source>
        <translation>Choices for %1 saved</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="297"/>
        <source>ยังไม่ได้บันทึกการเลือก</source>
        <translation>Choices not saved</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/conflict_review.py" line="298"/>
        <source>มีการเลือกค่าที่ยังไม่ได้บันทึกใน %1 รายการ ปิดหน้าต่างโดยไม่บันทึกหรือไม่</source>
        <translation>%1 entries have choices that are not saved. Close without saving?</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="31"/>
        <source>ผู้ผลิต ก</source>
        <translation>Producer A</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="32"/>
        <source>ผู้ผลิต ข</source>
        <translation>Producer B</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="33"/>
        <source>เหตุที่อาจเป็นรายเดียวกัน</source>
        <translation>Why they may be the same</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="34"/>
        <source>ความน่าจะซ้ำ</source>
        <translation>Likelihood</translation>
    </message>
</context>
<context>
    <name>DuplicateReviewDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="86"/>
        <source>ไม่พบผู้ผลิตที่อาจบันทึกซ้ำ</source>
        <translation>No possible duplicate producers</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="87"/>
        <source>ไม่มีผู้ผลิตสองรายที่ชื่อคล้ายกันในตำบลเดียวกัน ใช้เบอร์โทรศัพท์เดียวกัน หรือเลขทะเบียน OTOP เดียวกัน</source>
        <translation>No two producers have similar names in the same subdistrict, the same phone number or the same OTOP registration number.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="91"/>
        <source>ผู้ผลิตแต่ละคู่อาจเป็นกลุ่มเดียวกันที่บันทึกไว้สองครั้ง เลือกคู่ ตรวจข้อมูลทั้งสองฝั่ง เลือกรายที่จะเก็บไว้ แล้วกด “รวมเป็นรายเดียว” ผลิตภัณฑ์ การวิเคราะห์ แผนพัฒนา การลงพื้นที่ และภาพถ่ายของอีกรายจะย้ายมาอยู่กับรายที่เก็บไว้ หากไม่ใช่กลุ่มเดียวกัน ปล่อยไว้ได้ ข้อมูลจะไม่เปลี่ยนแปลง</source>
        <translation>Each pair may be one producer group recorded twice. Choose a pair, check both sides, choose the one to keep and press “Merge into one”. The other&apos;s products, analyses, development plans, field visits and photos move to the one kept. If they are different groups, leave them: nothing changes.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="111"/>
        <source>เก็บรายใดไว้:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="125"/>
        <source>รวมเป็นรายเดียว</source>
        <translation>Merge into one</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="144"/>
        <source>ผู้ผลิตที่อาจบันทึกซ้ำ (%1 คู่)</source>
        <translation>Possible duplicate producers (%1 pairs)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="145"/>
        <source>ผู้ผลิตที่อาจบันทึกซ้ำ</source>
        <translation>Possible duplicate producers</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="164"/>
        <source>ก: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="165"/>
        <source>ข: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="185"/>
        <source>รวม %1 เข้ากับ %2</source>
        <translation>Merge %1 into %2</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="189"/>
        <source>ผลิตภัณฑ์ %1 รายการ พร้อมมาตรฐาน %2 รายการ ประเด็นวิเคราะห์ %3 ข้อ แผนพัฒนา %4 แผน (กิจกรรม %5 รายการ)</source>
        <translation>%1 products with %2 certifications, %3 analysis points, %4 development plans (%5 actions)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="197"/>
        <source>การลงพื้นที่ %1 ครั้ง พร้อมความคืบหน้าที่บันทึก %2 รายการ</source>
        <translation>%1 field visits with %2 progress records</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="201"/>
        <source>ภาพถ่าย %1 ภาพ</source>
        <translation>%1 photos</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="204"/>
        <source>จะย้ายจาก %1 ไปอยู่กับ %2:</source>
        <translation>Will move from %1 to %2:</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="208"/>
        <source>%1 ไม่มีผลิตภัณฑ์ การลงพื้นที่ หรือภาพถ่ายที่ต้องย้าย</source>
        <translation>%1 has no products, field visits or photos to move</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="212"/>
        <source>ช่องที่ยังว่างของ %1 จะเติมจาก %2: %3</source>
        <translation>Empty fields of %1 will be filled from %2: %3</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="216"/>
        <source>จากนั้น %1 จะถูกลบ การรวมนี้จะส่งไปถึงเครื่องอื่นพร้อมไฟล์ .kbo ครั้งถัดไป</source>
        <translation>Then %1 is deleted. The merge reaches other computers with the next .kbo file.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="219"/>
        <source>รวมเป็นรายเดียวเลยหรือไม่</source>
        <translation>Merge them into one now?</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="231"/>
        <source>รวมผู้ผลิตเป็นรายเดียว</source>
        <translation>Merge producers</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="242"/>
        <source>รวมผู้ผลิตไม่สำเร็จ</source>
        <translation>Could not merge the producers</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/duplicate_review.py" line="247"/>
        <source>รวม “%1” เข้ากับ “%2” แล้ว: ย้ายผลิตภัณฑ์ %3 รายการ การลงพื้นที่ %4 ครั้ง ภาพถ่าย %5 ภาพ</source>
        <translation>Merged “%1” into “%2”: moved %3 products, %4 field visits and %5 photos</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="168"/>
        <source>นำเข้าไฟล์ .kbo</source>
        <translation>Import .kbo file</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="168"/>
        <source>ไฟล์ KBO (*.kbo)</source>
        <translation>KBO files (*.kbo)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="191"/>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="246"/>
        <source>กำลังนำเข้า %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="220"/>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="296"/>
        <source>กำลังส่งออก %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="310"/>
        <source>สำรองฐานข้อมูล</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="311"/>
        <source>ฐานข้อมูล (*.db)</source>
        <translation>Databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="320"/>
        <source>กำลังสำรองข้อมูล…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="413"/>
        <source>%1: เพิ่ม %2 ปรับปรุง %3 ลบ %4</source>
        <translation>%1: %2 added, %3 updated, %4 deleted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="421"/>
        <source>ภาพถ่ายที่บันทึก: %1</source>
        <translation>Photos stored: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="420"/>
        <source>ไม่มีรายการใหม่หรือที่เปลี่ยนแปลง</source>
        <translation>No new or changed records</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="424"/>
        <source>ข้อมูลขัดแย้ง %1 รายการ เก็บไว้ให้ตรวจที่เมนู “ตรวจข้อมูลขัดแย้ง…”</source>
        <translation>%1 conflicts kept for review under “Review conflicts…”</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="429"/>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="447"/>
        <source>นำเข้าเรียบร้อย</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="430"/>
        <source>นำเข้า %1 แล้ว</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="298"/>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="436"/>
        <source>ส่งออกเรียบร้อย</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="93"/>
        <source>นำเข้าไฟล์ .kbo…</source>
        <translation>Import .kbo file…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="96"/>
        <source>ส่งออกไฟล์ .kbo…</source>
        <translation>Export .kbo file…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="99"/>
        <source>นำเข้าจากตารางคำนวณ…</source>
        <translation>Import from spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="102"/>
        <source>บันทึกแม่แบบตารางคำนวณ…</source>
        <translation>Save spreadsheet template…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="105"/>
        <source>ส่งออกรายชื่อเป็น Excel…</source>
        <translation>Export lists to Excel…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="108"/>
        <source>ตรวจข้อมูลขัดแย้ง…</source>
        <translation>Review conflicts…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="111"/>
        <source>ตรวจผู้ผลิตที่อาจซ้ำกัน…</source>
        <translation>Find duplicate producers…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="113"/>
        <source>สำรองฐานข้อมูล…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="114"/>
        <source>กู้คืนจากสำรอง…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="231"/>
        <source>นำเข้าจากตารางคำนวณ</source>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="231"/>
        <source>ตารางคำนวณ (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="257"/>
        <source>บันทึกแม่แบบตารางคำนวณ</source>
        <translation>Save spreadsheet template</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="258"/>
        <source>สมุดงาน Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="260"/>
        <source>แม่แบบผู้ผลิตและผลิตภัณฑ์</source>
        <translation>producers and products template</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="267"/>
        <source>กำลังบันทึกแม่แบบ…</source>
        <translation>Saving the template…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="269"/>
        <source>บันทึกแม่แบบแล้ว</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="270"/>
        <source>บันทึกแม่แบบตารางคำนวณไว้ที่ %1</source>
        <translation>Spreadsheet template saved to %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="298"/>
        <source>บันทึกรายการไว้ที่ %1</source>
        <translation>List saved to %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="346"/>
        <source>ยังกู้คืนไม่ได้</source>
        <translation>Cannot restore yet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="346"/>
        <source>รอให้งานที่กำลังทำอยู่เสร็จก่อน</source>
        <translation>Wait for the current task to finish first</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="352"/>
        <source>กู้คืนไม่สำเร็จ</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="358"/>
        <source>กู้คืนเรียบร้อย</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="359"/>
        <source>กู้คืนข้อมูลจาก %1 แล้ว

ข้อมูลก่อนกู้คืนสำรองไว้ที่ %2</source>
        <translation>Restored the data from %1.

The data from before the restore was kept at %2</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="437"/>
        <source>เขียน %1 รายการ และภาพถ่าย %2 ภาพ ลงใน %3</source>
        <translation>Wrote %1 records and %2 photos to %3</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="449"/>
        <source>นำเข้า %1 แล้ว

ผู้ผลิต: เพิ่ม %2 ราย ปรับปรุง %3 ราย
ผลิตภัณฑ์: เพิ่ม %4 รายการ ปรับปรุง %5 รายการ</source>
        <translation>Imported %1.

Producers: %2 new, %3 updated
Products: %4 new, %5 updated</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="461"/>
        <source>สำรองข้อมูลเรียบร้อย</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="461"/>
        <source>สำรองฐานข้อมูลไว้ที่ %1</source>
        <translation>Database backed up to %1</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="56"/>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="112"/>
        <source>ส่งออกไฟล์ .kbo</source>
        <translation>Export .kbo file</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="59"/>
        <source>ข้อมูลที่จะส่งออก</source>
        <translation>What to export</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="60"/>
        <source>ข้อมูลทั้งหมด</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="62"/>
        <source>เฉพาะที่เปลี่ยนแปลงตั้งแต่ส่งให้สำนักงาน</source>
        <translation>Only changes since the last export to office</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="64"/>
        <source>เฉพาะอำเภอ</source>
        <translation>One district only</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="75"/>
        <source>เลือกหรือพิมพ์ชื่อสำนักงาน</source>
        <translation>Choose or type an office name</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="80"/>
        <source>%1 (ผู้ผลิต %2 ราย)</source>
        <translation>%1 (%2 producers)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="84"/>
        <source>ผู้ผลิต ผลิตภัณฑ์ การวิเคราะห์ แผนพัฒนา การลงพื้นที่ การประชุม สมาชิกเครือข่าย และภาพถ่ายทั้งหมด รวมทั้งรายการที่ลบแล้ว</source>
        <translation>All producers, products, analyses, development plans, field visits, meetings, network members and photos, deletions included</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="93"/>
        <source>ผู้ผลิตในอำเภอนี้และทุกอย่างที่เกี่ยวข้อง: ผลิตภัณฑ์ การวิเคราะห์ แผนพัฒนา การลงพื้นที่ ภาพถ่าย สมาชิกเครือข่ายที่รับผิดชอบ และการประชุมที่มีผลิตภัณฑ์ของอำเภอนี้</source>
        <translation>Producers in this district and everything related: products, analyses, development plans, field visits, photos, the network members responsible, and meetings with this district&apos;s products</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="112"/>
        <source>ไฟล์ KBO (*.kbo)</source>
        <translation>KBO files (*.kbo)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="159"/>
        <source>ทั้งหมด</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="169"/>
        <source>โปรแกรมจำไว้ว่าส่งอะไรให้สำนักงานใดไปแล้ว ครั้งต่อไปจะส่งเฉพาะที่เปลี่ยนแปลงหลังจากนั้น</source>
        <translation>The program remembers what was sent to each office; next time it sends only what changed since then.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="172"/>
        <source>ยังไม่เคยส่งให้ %1 ครั้งนี้จะส่งข้อมูลทั้งหมด และจำไว้สำหรับครั้งต่อไป</source>
        <translation>Nothing sent to %1 yet: this export sends everything and is remembered for next time.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_options.py" line="176"/>
        <source>ส่งให้ %1 ครั้งล่าสุดเมื่อ %2 ครั้งนี้จะส่งเฉพาะที่เปลี่ยนแปลงตั้งแต่ %3</source>
        <translation>Last sent to %1 on %2: this export sends only changes since %3.</translation>
    </message>
</context>
<context>
    <name>FieldChoiceModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="36"/>
        <source>ช่อง</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="37"/>
        <source>ฉบับที่ใช้อยู่</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="38"/>
        <source>อีกฉบับ</source>
        <translation>Other version</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="39"/>
        <source>ค่าที่จะใช้</source>
        <translation>Value to keep</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="42"/>
        <source>คงค่าที่ใช้อยู่</source>
        <translation>Keep current value</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="43"/>
        <source>ใช้ค่าจากอีกฉบับ</source>
        <translation>Use the other version</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="45"/>
        <source>(ว่าง)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_conflict_models.py" line="189"/>
        <source>ดับเบิลคลิกเพื่อใช้ค่านี้</source>
        <translation>Double-click to use this value</translation>
    </message>
</context>
<context>
    <name>FileExportDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_dialog.py" line="52"/>
        <source>ส่งออก</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_dialog.py" line="55"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/export_dialog.py" line="58"/>
        <source>บันทึกเป็นไฟล์</source>
        <translation>Save as file</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="48"/>
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="49"/>
        <source>ทุกประเภท</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="50"/>
        <source>ทุกระดับดาว</source>
        <translation>All star ratings</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="52"/>
        <source>%n ดาว</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="53"/>
        <source>ทุกกลุ่ม</source>
        <translation>All quadrants</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="221"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="222"/>
        <source>ผู้ติดตาม</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="223"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="224"/>
        <source>คืบหน้า</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="225"/>
        <source>บันทึก</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ImportCheckDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_check.py" line="71"/>
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_check.py" line="76"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="51"/>
        <source>ตรวจสอบก่อนนำเข้า</source>
        <translation>Check before importing</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="56"/>
        <source>นำเข้าไฟล์ %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="54"/>
        <source>กำลังอ่านและตรวจสอบไฟล์ ยังไม่มีการบันทึกข้อมูลใด…</source>
        <translation>Reading and checking the file; nothing has been saved yet…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="70"/>
        <source>⚠ นำเข้าไฟล์นี้ไม่ได้</source>
        <translation>⚠ This file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="76"/>
        <source>ไม่มีข้อมูลใดถูกนำเข้า ฐานข้อมูลในเครื่องนี้ไม่เปลี่ยนแปลง</source>
        <translation>Nothing was imported; the database on this computer is unchanged.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="89"/>
        <source>ประเภทข้อมูล</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="90"/>
        <source>เพิ่ม</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="91"/>
        <source>ปรับปรุง</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="92"/>
        <source>ลบ</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="93"/>
        <source>ไม่เปลี่ยน</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="100"/>
        <source>เลือกประเภทเพื่อดูเฉพาะรายการประเภทนั้น</source>
        <translation>Choose a kind to see only records of that kind</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="108"/>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="114"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="108"/>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="114"/>
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="108"/>
        <source>การเปลี่ยนแปลง</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="108"/>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="114"/>
        <source>อยู่ใน</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="114"/>
        <source>ฉบับที่ใช้</source>
        <translation>Version kept</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="137"/>
        <source>ไม่ทราบ / ไม่ระบุ</source>
        <translation>Unknown / not given</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="139"/>
        <source>ถ้าทราบ โปรแกรมจะจำไว้ว่าเครื่องที่ส่งไฟล์นี้มาเป็นของสำนักงานใด เพื่อแยกข้อมูลขัดแย้งได้ถูกต้อง</source>
        <translation>If known, the program remembers which office the sending computer belongs to, so conflicts are told apart correctly.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="142"/>
        <source>ได้รับจากสำนักงาน</source>
        <translation>Received from office</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="143"/>
        <source>ก่อนนำเข้า โปรแกรมจะสำรองฐานข้อมูลไว้ให้โดยอัตโนมัติ</source>
        <translation>The database is backed up automatically before the import.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="160"/>
        <source>รายการมีมากกว่า %1 รายการ จึงแสดงตามลำดับในไฟล์ (จัดกลุ่มตามประเภท) และเรียงตามหัวตารางไม่ได้</source>
        <translation>More than %1 records: they are listed in the file&apos;s order (grouped by kind) and the column headers do not sort them.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="177"/>
        <source>ทั้งสองเครื่องแก้ไขรายการเหล่านี้หลังจากแลกเปลี่ยนข้อมูลกันครั้งล่าสุด โปรแกรมจะใช้ฉบับที่แก้ไขล่าสุด และเก็บอีกฉบับไว้ ตรวจและเลือกค่าทีละช่องได้ภายหลังที่เมนู “ตรวจข้อมูลขัดแย้ง…”</source>
        <translation>Both computers edited these records since the last exchange. The most recent edit will be used and the other version kept; you can review them field by field later with “Review conflicts…”.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="210"/>
        <source>ทุกประเภท</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="234"/>
        <source>รายการที่จะเปลี่ยน (%1)</source>
        <translation>Changes (%1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="236"/>
        <source>ข้อมูลขัดแย้ง (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="252"/>
        <source>ตำแหน่งที่พบ: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="254"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="261"/>
        <source>เพิ่ม (เป็นรายการที่ถูกลบไปแล้ว)</source>
        <translation>Add (as an already deleted record)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="265"/>
        <source>อีก %1 ช่อง</source>
        <translation>%1 more fields</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="267"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="276"/>
        <source>ส่งออกเมื่อ %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="278"/>
        <source>โดย %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="280"/>
        <source>จังหวัด%1</source>
        <translation>%1 Province</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="283"/>
        <source>เฉพาะอำเภอ%1</source>
        <translation>%1 District only</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="285"/>
        <source>ส่งให้ %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="287"/>
        <source>เฉพาะที่เปลี่ยนแปลงหลังการแลกเปลี่ยนครั้งก่อน</source>
        <translation>only changes since the last exchange</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="289"/>
        <source>— ไม่มีข้อมูลใหม่หรือที่เปลี่ยนแปลง</source>
        <translation>— no new or changed records</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="294"/>
        <source>ไฟล์ภาพถ่ายใหม่ที่จะเก็บ: %1 ไฟล์</source>
        <translation>New photo files to store: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/import_preview.py" line="296"/>
        <source>(ไม่มีไฟล์ภาพของ %1 ภาพในชุดข้อมูลนี้)</source>
        <translation>(the files of %1 photos are not in this bundle)</translation>
    </message>
</context>
<context>
    <name>ListExportDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="21"/>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="43"/>
        <source>ส่งออกรายชื่อเป็น Excel</source>
        <translation>Export lists to Excel</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="23"/>
        <source>รายชื่อผู้ผลิต</source>
        <translation>Producer list</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="24"/>
        <source>แผนพัฒนา</source>
        <translation>Development plans</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="25"/>
        <source>บันทึกลงพื้นที่</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="27"/>
        <source>รายการที่จะส่งออก</source>
        <translation>List to export</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="29"/>
        <source>ผู้ผลิตและผลิตภัณฑ์ (คอลัมน์เดียวกับแม่แบบ แก้ไขแล้วนำเข้ากลับได้)</source>
        <translation>Producers and products (the template&apos;s columns: edit and import back)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="30"/>
        <source>แผนพัฒนา: ปีงบประมาณ ผลิตภัณฑ์ จำนวนกิจกรรม ความคืบหน้า งบประมาณ</source>
        <translation>Development plans: fiscal year, product, number of actions, progress, budget</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="31"/>
        <source>บันทึกลงพื้นที่: วันที่ ผู้ผลิต เจ้าหน้าที่ สิ่งที่พบ ข้อเสนอแนะ</source>
        <translation>Field visits: date, producer, officers, findings, recommendations</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/list_export.py" line="43"/>
        <source>สมุดงาน Excel (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="173"/>
        <source>KBO Desktop — %1[*]</source>
        <translation>KBO Desktop — %1[*]</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="177"/>
        <source>ฐานข้อมูล: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="268"/>
        <source>สร้างใหม่</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="271"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="297"/>
        <source>ย้อนการแก้ไขที่ยังไม่บันทึก</source>
        <translation>Revert unsaved edits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="304"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="311"/>
        <source>ค้นหา</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="314"/>
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="317"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="140"/>
        <source>KBO Desktop</source>
        <translation>KBO Desktop</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="280"/>
        <location filename="../../kbo_desktop/ui/main_window.py" line="488"/>
        <location filename="../../kbo_desktop/ui/main_window.py" line="490"/>
        <source>เลิกทำ</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="283"/>
        <location filename="../../kbo_desktop/ui/main_window.py" line="494"/>
        <location filename="../../kbo_desktop/ui/main_window.py" line="496"/>
        <source>ทำซ้ำ</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="320"/>
        <source>ตั้งค่า…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="327"/>
        <source>เกี่ยวกับ KBO Desktop</source>
        <translation>About KBO Desktop</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="339"/>
        <source>แฟ้ม</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="344"/>
        <source>แก้ไข</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="347"/>
        <source>แถบเครื่องมือ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="355"/>
        <source>มุมมอง</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="365"/>
        <source>ตั้งค่า</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="367"/>
        <source>ช่วยเหลือ</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="446"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="488"/>
        <source>เลิกทำ %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="494"/>
        <source>ทำซ้ำ %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="524"/>
        <source>ไม่พบ &quot;%1&quot;</source>
        <translation>Nothing found for &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="548"/>
        <source>ยังไม่มีหน้าที่แสดงรายการประเภทนี้</source>
        <translation>No tab shows this kind of record yet</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <location filename="../../forms/meeting_details.ui" line="11"/>
        <source>ชื่อการประชุม *</source>
        <translation>Meeting title *</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="17"/>
        <source>เช่น ประชุมคณะกรรมการ KBO จังหวัด ครั้งที่ 1/2568</source>
        <translation>e.g. Provincial KBO committee meeting 1/2568</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="22"/>
        <source>วันที่ประชุม *</source>
        <translation>Meeting date *</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="28"/>
        <source>วันที่ประชุม</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="33"/>
        <source>สถานที่</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="39"/>
        <source>เช่น ห้องประชุมศาลากลางจังหวัด</source>
        <translation>e.g. Provincial Hall meeting room</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="46"/>
        <source>วาระการประชุม (ดับเบิลคลิกเพื่อแก้ไขข้อความ)</source>
        <translation>Agenda (double-click an item to edit it)</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="55"/>
        <source>วาระการประชุม</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="66"/>
        <source>เพิ่มวาระ</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="71"/>
        <source>ลบวาระ</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="76"/>
        <source>▲ เลื่อนขึ้น</source>
        <translation>▲ Move up</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="81"/>
        <source>▼ เลื่อนลง</source>
        <translation>▼ Move down</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="96"/>
        <location filename="../../forms/meeting_details.ui" line="102"/>
        <source>รายงานการประชุม</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="103"/>
        <source>สรุปมติและข้อเสนอของที่ประชุม</source>
        <translation>Resolutions and proposals of the meeting</translation>
    </message>
</context>
<context>
    <name>MeetingDetailsEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/details.py" line="45"/>
        <source>ระเบียบวาระที่ %1 </source>
        <translation>Agenda item %1: </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/details.py" line="99"/>
        <source>อ่านวันที่ประชุมไม่ได้ ลองพิมพ์แบบ 6 ธ.ค. 2565</source>
        <translation>Not a meeting date; try 6 Dec 2565</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/models.py" line="36"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/models.py" line="36"/>
        <source>การประชุม</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/models.py" line="36"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>MeetingPacket</name>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="10"/>
        <source>รวมข้อมูลส่วนบุคคล (เบอร์โทรศัพท์)</source>
        <translation>Include personal data (phone numbers)</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="11"/>
        <source>โดยปกติเอกสารจะไม่แสดงเบอร์โทรศัพท์และเลขประจำตัวของผู้ผลิต</source>
        <translation>By default the packet leaves out producers&apos; phone and ID numbers</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="23"/>
        <source>สร้างเอกสารประกอบการประชุม</source>
        <translation>Make meeting packet</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="38"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="52"/>
        <source>ตัวอย่างเอกสารประกอบการประชุม</source>
        <translation>Meeting packet preview</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="70"/>
        <source>บันทึก PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="75"/>
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
</context>
<context>
    <name>MeetingProducts</name>
    <message>
        <location filename="../../forms/meeting_products.ui" line="10"/>
        <source>ผลิตภัณฑ์ทั้งหมด — ติ๊กเพื่อนำเข้าวาระการประชุม</source>
        <translation>All products — tick to put on the agenda</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="18"/>
        <source>ค้นหาผลิตภัณฑ์</source>
        <translation>Search products</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="19"/>
        <source>ค้นหาชื่อผลิตภัณฑ์ ผู้ผลิต หรืออำเภอ</source>
        <translation>Search by product, producer or district</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="25"/>
        <source>เฉพาะเป้าหมาย KBO</source>
        <translation>KBO targets only</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="32"/>
        <source>ผลิตภัณฑ์ทั้งหมด</source>
        <translation>All products</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="50"/>
        <source>ผลิตภัณฑ์ในวาระ ตามลำดับการพิจารณา</source>
        <translation>Products on the agenda, in the order discussed</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="56"/>
        <source>ผลิตภัณฑ์ในวาระ</source>
        <translation>Products on the agenda</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="67"/>
        <source>▲ เลื่อนขึ้น</source>
        <translation>▲ Move up</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="72"/>
        <source>▼ เลื่อนลง</source>
        <translation>▼ Move down</translation>
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="77"/>
        <source>นำออกจากวาระ</source>
        <translation>Remove from agenda</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="106"/>
        <location filename="../../forms/meetings_tab.ui" line="5"/>
        <source>ประชุม/รายงาน</source>
        <translation>Meetings/reports</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="138"/>
        <source>บันทึกการประชุม “%1” แล้ว</source>
        <translation>Saved the meeting “%1”</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="144"/>
        <source>ย้อนการแก้ไขแล้ว</source>
        <translation>Edits reverted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="166"/>
        <source>ลบการประชุม “%1” หรือไม่?
เลิกทำได้จากแถบใต้รายการ</source>
        <translation>Delete the meeting “%1”?
You can undo this from the bar below the list.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="168"/>
        <source>ลบการประชุม</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="174"/>
        <source>ลบการประชุม “%1” แล้ว</source>
        <translation>Deleted the meeting “%1”</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="239"/>
        <source>นำการประชุมกลับมาแล้ว</source>
        <translation>Meeting restored</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="263"/>
        <source>แก้ไขข้อมูลการประชุมให้ครบก่อนสร้างเอกสาร</source>
        <translation>Complete the meeting details before making the packet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="277"/>
        <source>เลือกการประชุมจากรายการ หรือกด “เพิ่มการประชุม”</source>
        <translation>Choose a meeting from the list, or press “Add meeting”</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="287"/>
        <source>การประชุมใหม่</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="294"/>
        <source>ผลิตภัณฑ์ %1 รายการในวาระถูกลบไปแล้ว จะถูกนำออกเมื่อบันทึก</source>
        <translation>%1 products on the agenda have been deleted; they are removed when you save</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="312"/>
        <source>บันทึกไม่ได้</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="313"/>
        <source>ยังบันทึกไม่ได้: %1</source>
        <translation>Not saved yet: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="318"/>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="329"/>
        <source>มีการแก้ไขที่ยังไม่บันทึก</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="329"/>
        <source>บันทึกการแก้ไขการประชุมนี้ก่อนหรือไม่?</source>
        <translation>Save the changes to this meeting first?</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="23"/>
        <source>การประชุมคณะกรรมการ (ล่าสุดอยู่บน)</source>
        <translation>Committee meetings (latest first)</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="29"/>
        <source>รายการการประชุม</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="55"/>
        <source>เลิกทำการลบ</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="65"/>
        <source>เพิ่มการประชุม</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="70"/>
        <source>ลบการประชุม…</source>
        <translation>Delete meeting…</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="99"/>
        <source>ข้อมูลการประชุม</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="108"/>
        <source>ผลิตภัณฑ์ในวาระ</source>
        <translation>Products on the agenda</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="117"/>
        <source>เอกสารประกอบการประชุม</source>
        <translation>Meeting packet</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="143"/>
        <source>ย้อนการแก้ไข</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="148"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>MemberActionsModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="51"/>
        <source>ผลิตภัณฑ์</source>
        <extracomment>Column titles, marked for lupdate; translated when the model is made.</extracomment>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="52"/>
        <source>ปีงบประมาณ</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="53"/>
        <source>ด้าน</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="54"/>
        <source>กิจกรรม</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="55"/>
        <source>กำหนดเสร็จ</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="56"/>
        <source>งบ (บาท)</source>
        <translation>Budget (THB)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="57"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="58"/>
        <source>ความคืบหน้า</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>MemberActionsView</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="146"/>
        <source>กิจกรรมที่รับผิดชอบ</source>
        <extracomment>The action field shown in each column after the first two.</extracomment>
        <translation>Plan actions this member is responsible for</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="185"/>
        <source>เลือกสมาชิกเครือข่ายเพื่อดูกิจกรรมที่รับผิดชอบ</source>
        <translation>Choose a network member to see the plan actions they are responsible for</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="190"/>
        <source>รับผิดชอบ %1 กิจกรรม ใน %2 ผลิตภัณฑ์ งบประมาณรวม %3 บาท</source>
        <translation>Responsible for %1 actions on %2 products, total budget %3 THB</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="195"/>
        <source> · ⚠ เลยกำหนด %1 กิจกรรม</source>
        <translation> · ⚠ %1 overdue</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="88"/>
        <source>สมาชิกใหม่</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="117"/>
        <source>ยกเลิกการแก้ไขทั้งหมด</source>
        <translation>revert all edits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="182"/>
        <source>แก้ไขชื่อ</source>
        <translation>name edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="183"/>
        <source>เปลี่ยนประเภท</source>
        <translation>type change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="184"/>
        <source>แก้ไขหน่วยงาน/สังกัด</source>
        <translation>organization edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="185"/>
        <source>แก้ไขความเชี่ยวชาญ</source>
        <translation>expertise edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="186"/>
        <source>แก้ไขโทรศัพท์</source>
        <translation>phone edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="187"/>
        <source>แก้ไขอีเมล</source>
        <translation>email edit</translation>
    </message>
</context>
<context>
    <name>NetworkMemberEditor</name>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="6"/>
        <location filename="../../forms/network_member_editor.ui" line="12"/>
        <source>สมาชิกเครือข่าย</source>
        <translation>Network member</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="27"/>
        <source>ชื่อ *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="47"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="67"/>
        <source>หน่วยงาน/สังกัด</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="87"/>
        <source>ความเชี่ยวชาญ</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="117"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="127"/>
        <source>เช่น 042-835-223</source>
        <translation>e.g. 042-835-223</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="141"/>
        <source>อีเมล</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="175"/>
        <source>ลบ…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="189"/>
        <source>ยกเลิกการแก้ไข</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="196"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>NetworkMembersModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="28"/>
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="29"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="30"/>
        <source>หน่วยงาน/สังกัด</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="31"/>
        <source>ความเชี่ยวชาญ</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="32"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="33"/>
        <source>อีเมล</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="74"/>
        <source>เครือข่าย KBO</source>
        <translation>KBO network</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="79"/>
        <source>กรองตามชื่อ หน่วยงาน ความเชี่ยวชาญ…</source>
        <translation>Filter by name, organization, expertise…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="81"/>
        <source>ทุกประเภท</source>
        <translation>All types</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="116"/>
        <source>เลิกทำการลบ</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="121"/>
        <source>เพิ่มสมาชิก</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="135"/>
        <source>กิจกรรมตามแผนที่รับผิดชอบ</source>
        <translation>Plan actions they are responsible for</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="170"/>
        <source>ยังบันทึกไม่ได้: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="175"/>
        <source>บันทึก &quot;%1&quot; แล้ว</source>
        <translation>Saved &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="199"/>
        <source>ลบสมาชิกเครือข่าย</source>
        <translation>Delete network member</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="200"/>
        <source>ลบ &quot;%1&quot; ออกจากเครือข่ายหรือไม่ (เลิกทำได้)</source>
        <translation>Delete &quot;%1&quot; from the network? (You can undo this.)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="206"/>
        <source>ลบ &quot;%1&quot; แล้ว</source>
        <translation>Deleted &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="222"/>
        <source>เลิกทำการลบแล้ว</source>
        <translation>Delete undone</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="263"/>
        <source>สมาชิกใหม่</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="274"/>
        <source>แสดง %1 จาก %2 รายการ</source>
        <translation>Showing %1 of %2</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="59"/>
        <source>กิจกรรมตามแผน (สถานะล่าสุด)</source>
        <translation>Plan action (latest status)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="60"/>
        <source>สถานะที่พบ</source>
        <translation>Status seen</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="61"/>
        <source>คืบหน้า</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="62"/>
        <source>บันทึกสิ่งที่พบ</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="151"/>
        <source> · กำหนด %1</source>
        <translation> · due %1</translation>
    </message>
</context>
<context>
    <name>PacketPanel</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="110"/>
        <source>กำลังสร้างเอกสารประกอบการประชุม…</source>
        <translation>Making the meeting packet…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="118"/>
        <source>กำลังยกเลิก…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="138"/>
        <source>เปิดเอกสารที่สร้างไม่ได้</source>
        <translation>Could not open the packet that was made</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="142"/>
        <source>สร้างเอกสารประกอบการประชุมแล้ว %1 หน้า</source>
        <translation>Meeting packet made: %1 pages</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="145"/>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="146"/>
        <source>สร้างเอกสารไม่สำเร็จ</source>
        <translation>Could not make the packet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="149"/>
        <source>ยกเลิกการสร้างเอกสารแล้ว</source>
        <translation>Packet cancelled</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="165"/>
        <source>บันทึกเอกสารประกอบการประชุม</source>
        <translation>Save meeting packet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="165"/>
        <source>เอกสาร PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="174"/>
        <source>บันทึกแฟ้ม %1 ไม่ได้: %2</source>
        <translation>Could not save %1: %2</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="175"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="177"/>
        <source>บันทึกเอกสารที่ %1 แล้ว</source>
        <translation>Packet saved to %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="189"/>
        <source>พิมพ์เอกสารประกอบการประชุม</source>
        <translation>Print meeting packet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="196"/>
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="196"/>
        <source>เครื่องพิมพ์ไม่พร้อมใช้งาน</source>
        <translation>The printer is not ready</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="200"/>
        <source>ส่งเอกสาร %1 หน้าไปยังเครื่องพิมพ์แล้ว</source>
        <translation>Sent %1 pages to the printer</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="217"/>
        <source>หน้า %1 จาก %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="115"/>
        <source>กำลังย่อและเก็บภาพ %1/%2</source>
        <translation>Scaling and storing photo %1/%2</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="120"/>
        <source>เพิ่มภาพ %1 ภาพ</source>
        <translation>Added %1 photos</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="122"/>
        <source>ข้ามภาพที่มีอยู่แล้ว %1 ภาพ</source>
        <translation>Skipped %1 photos already stored</translation>
    </message>
</context>
<context>
    <name>PhotoListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/photo_strip.py" line="98"/>
        <source>ถ่ายเมื่อ %1</source>
        <translation>Taken %1</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/photo_strip.py" line="157"/>
        <source>ภาพถ่าย</source>
        <extracomment>Room around a thumbnail in the grid (for its caption; a check box needs more).</extracomment>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/photo_strip.py" line="158"/>
        <source>Insert เพิ่มภาพ · Delete ลบภาพที่เลือก</source>
        <translation>Insert adds a photo · Delete removes the selected one</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/photo_strip.py" line="192"/>
        <source>เลือกภาพถ่าย</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/photo_strip.py" line="194"/>
        <source>ภาพถ่าย (*.jpg *.jpeg *.png *.webp);;ทุกไฟล์ (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../forms/photo_strip.ui" line="77"/>
        <source>เพิ่มภาพ…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../forms/photo_strip.ui" line="80"/>
        <source>เพิ่มภาพจากไฟล์ (Insert)</source>
        <translation>Add photos from files (Insert)</translation>
    </message>
    <message>
        <location filename="../../forms/photo_strip.ui" line="87"/>
        <source>ลบภาพ</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../forms/photo_strip.ui" line="90"/>
        <source>ลบภาพที่เลือก (Delete)</source>
        <translation>Remove the selected photo (Delete)</translation>
    </message>
</context>
<context>
    <name>PlanRollup</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="35"/>
        <source>ถ่วงน้ำหนักตามงบประมาณ</source>
        <translation>weighted by budget</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="37"/>
        <source>ค่าเฉลี่ยของกิจกรรม</source>
        <translation>average of actions</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="39"/>
        <source>ความคืบหน้ารวม (%1) · เสร็จ %2 จาก %3 กิจกรรม · งบประมาณรวม %4 บาท</source>
        <translation>Overall progress (%1) · %2 of %3 actions done · total budget %4 THB</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="50"/>
        <source> · ⚠ เลยกำหนด %1 กิจกรรม</source>
        <translation> · ⚠ %1 overdue</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="64"/>
        <source>ยังไม่ระบุผู้รับผิดชอบ</source>
        <translation>No one responsible yet</translation>
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="73"/>
        <source>ด้าน</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="74"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="91"/>
        <source>แผนพัฒนา</source>
        <translation>Development plans</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="114"/>
        <source>บันทึกแผนพัฒนาแล้ว</source>
        <translation>Development plan saved</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="119"/>
        <source>ยกเลิกการแก้ไขแล้ว</source>
        <translation>Edits reverted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="199"/>
        <source>— ไม่ระบุ —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="202"/>
        <source>— ยังไม่ระบุ —</source>
        <translation>— not yet —</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="237"/>
        <source>แผนนี้ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่</source>
        <translation>This plan is not saved. Save it first?</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="244"/>
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation>Choose a product from the list on the left</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="245"/>
        <source>ยังไม่ได้เลือกผลิตภัณฑ์</source>
        <translation>No product chosen</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="256"/>
        <source>ยังไม่มีแผนพัฒนาของปีงบประมาณ %1</source>
        <translation>No development plan for fiscal year %1 yet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="270"/>
        <source>คัดลอกจากแผนปีงบประมาณ %1</source>
        <translation>Copy the plan of fiscal year %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="271"/>
        <source>ไม่มีแผนของปีงบประมาณ %1 ให้คัดลอก</source>
        <translation>No plan of fiscal year %1 to copy</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="304"/>
        <source>สร้างแผนใหม่แล้ว กรอกชื่อแผนและกิจกรรมแล้วกดบันทึก</source>
        <translation>New plan started: fill in its title and actions, then press Save</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="317"/>
        <source>คัดลอกแผนปีงบประมาณ %1 แล้ว (%2 กิจกรรม) ตรวจทานแล้วกดบันทึก</source>
        <translation>Copied the plan of fiscal year %1 (%2 actions): check it, then press Save</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="340"/>
        <source>ลบกิจกรรม &quot;%1&quot; แล้ว กด Ctrl+Z หรือปุ่มเรียกคืนเพื่อนำกลับมา</source>
        <translation>Deleted the action &quot;%1&quot;. Press Ctrl+Z or Restore to bring it back</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="383"/>
        <source>ยังบันทึกไม่ได้: %1</source>
        <translation>Not saved yet: %1</translation>
    </message>
</context>
<context>
    <name>PlanningTabForm</name>
    <message>
        <location filename="../../forms/planning_tab.ui" line="23"/>
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation>Choose a product from the list on the left</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="24"/>
        <source>ปี&amp;งบประมาณ</source>
        <translation>Fiscal &amp;year</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="25"/>
        <source>ปีงบประมาณ (พ.ศ.) เริ่ม 1 ต.ค. ของปีก่อนหน้า</source>
        <translation>Fiscal year (Buddhist Era), starting 1 October of the year before</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="27"/>
        <source>&amp;บันทึก</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="27"/>
        <source>บันทึกแผนและกิจกรรม (Ctrl+S)</source>
        <translation>Save the plan and its actions (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="28"/>
        <source>ยกเลิกการแก้ไข</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="28"/>
        <source>ทิ้งการแก้ไขที่ยังไม่ได้บันทึก</source>
        <translation>Discard the unsaved edits</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="38"/>
        <source>สร้างแ&amp;ผนใหม่</source>
        <translation>New &amp;plan</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="39"/>
        <source>&amp;คัดลอกแผนปีที่แล้ว</source>
        <translation>&amp;Copy last year&apos;s plan</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="39"/>
        <source>เริ่มจากแผนปีงบประมาณก่อนหน้า: วันที่เลื่อนไปหนึ่งปี สถานะเริ่มใหม่ที่ยังไม่เริ่ม 0%</source>
        <translation>Start from the previous fiscal year&apos;s plan: dates move on one year, every action starts again as planned at 0%</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="52"/>
        <source>ชื่อแ&amp;ผน</source>
        <translation>Plan &amp;title</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="55"/>
        <source>เช่น ยกระดับผ้าย้อมครามสู่ 4 ดาว</source>
        <translation>e.g. Raise the indigo-dyed cloth to 4 stars</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="59"/>
        <source>เป้า&amp;หมาย</source>
        <translation>&amp;Goal</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="65"/>
        <source>ความคืบหน้ารวมของแผน</source>
        <translation>Overall progress of the plan</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="71"/>
        <source>เพิ่ม&amp;กิจกรรม</source>
        <translation>Add &amp;action</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="71"/>
        <source>เพิ่มกิจกรรมใหม่ (Insert ในตาราง)</source>
        <translation>Add a new action (Insert in the table)</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="72"/>
        <source>ลบกิจกรรม</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="72"/>
        <source>ลบกิจกรรมที่เลือก (Delete ในตาราง)</source>
        <translation>Delete the selected action (Delete in the table)</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="73"/>
        <source>เรียกคืน</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="73"/>
        <source>เรียกคืนกิจกรรมที่ลบล่าสุด (Ctrl+Z ในตาราง)</source>
        <translation>Restore the last deleted action (Ctrl+Z in the table)</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="77"/>
        <source>กิจกรรมตามแผน</source>
        <translation>Plan actions</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="81"/>
        <source>งบประมาณตามด้าน</source>
        <translation>Budget by area</translation>
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="82"/>
        <source>งบประมาณตามผู้รับผิดชอบ</source>
        <translation>Budget by responsible member</translation>
    </message>
</context>
<context>
    <name>PointActions</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/point_actions.py" line="26"/>
        <source>เลื่อนขึ้น</source>
        <extracomment>name → (Thai text, keys). Key sequences are built when the actions are, as standard keys (Delete, Undo) need the running application&apos;s platform theme. The texts are marked for lupdate here and translated when the actions are built.</extracomment>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/point_actions.py" line="27"/>
        <source>เลื่อนลง</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/point_actions.py" line="28"/>
        <source>ย้ายไปกลุ่มก่อนหน้า</source>
        <translation>Move to previous group</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/point_actions.py" line="29"/>
        <source>ย้ายไปกลุ่มถัดไป</source>
        <translation>Move to next group</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/point_actions.py" line="30"/>
        <source>เพิ่มประเด็นในกลุ่มนี้</source>
        <translation>Add a point to this group</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/point_actions.py" line="31"/>
        <source>ลบประเด็น</source>
        <translation>Delete point</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/point_actions.py" line="32"/>
        <source>เรียกคืนประเด็นที่ลบ</source>
        <translation>Restore deleted point</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/point_actions.py" line="68"/>
        <source>ย้ายไปกลุ่ม</source>
        <translation>Move to group</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="28"/>
        <source>ตั้งค่า</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="37"/>
        <source> พอยต์</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="39"/>
        <source>การเปลี่ยนภาษาจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>A new language takes effect the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="45"/>
        <source>ภาษา</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="46"/>
        <source>ขนาดตัวอักษร</source>
        <translation>Font size</translation>
    </message>
</context>
<context>
    <name>ProducerComparisonModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="41"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="177"/>
        <source>ข</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="177"/>
        <source>ก</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="178"/>
        <source> (เติมจาก %1)</source>
        <translation> (filled from %1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="211"/>
        <source>ช่องนี้ของรายที่เก็บไว้ยังว่าง จึงเติมจากอีกราย</source>
        <translation>This field of the one kept is empty, so it is filled from the other</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="183"/>
        <source>(เก็บไว้)</source>
        <translation>(kept)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="183"/>
        <source>(รวมเข้าแล้วลบ)</source>
        <translation>(merged, then deleted)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="185"/>
        <source>รายการ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="186"/>
        <source>ผู้ผลิต ก</source>
        <translation>Producer A</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="187"/>
        <source>ผู้ผลิต ข</source>
        <translation>Producer B</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_duplicate_models.py" line="188"/>
        <source>หลังรวม</source>
        <translation>After merging</translation>
    </message>
</context>
<context>
    <name>ProducerEditSteps</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="23"/>
        <source>แก้ไขชื่อกลุ่ม/ผู้ผลิต</source>
        <translation>name edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="24"/>
        <source>เปลี่ยนประเภทผู้ผลิต</source>
        <translation>producer type change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="25"/>
        <source>แก้ไขเลขทะเบียน OTOP</source>
        <translation>OTOP registration edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="26"/>
        <source>แก้ไขผู้ติดต่อ</source>
        <translation>contact edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="27"/>
        <source>แก้ไขโทรศัพท์</source>
        <translation>phone edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="28"/>
        <source>แก้ไขจำนวนสมาชิก</source>
        <translation>members edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="29"/>
        <source>แก้ไขที่อยู่</source>
        <translation>address edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="30"/>
        <source>แก้ไขหมายเหตุ</source>
        <translation>notes edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="33"/>
        <source>แก้ไขชื่อผลิตภัณฑ์</source>
        <translation>product name edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="34"/>
        <source>เปลี่ยนประเภทผลิตภัณฑ์</source>
        <translation>category change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="35"/>
        <source>เปลี่ยนระดับดาว</source>
        <translation>star rating change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="36"/>
        <source>เปลี่ยนปีที่ได้ดาว</source>
        <translation>rating year change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="37"/>
        <source>เปลี่ยนกลุ่ม Quadrant</source>
        <translation>quadrant change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="38"/>
        <source>แก้ไขราคา</source>
        <translation>price edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="39"/>
        <source>แก้ไขยอดขายต่อปี</source>
        <translation>yearly sales edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="40"/>
        <source>แก้ไขช่องทางการขาย</source>
        <translation>sales channels edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="41"/>
        <source>แก้ไขรายละเอียดผลิตภัณฑ์</source>
        <translation>product description edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="42"/>
        <source>เปลี่ยนเป้าหมาย KBO</source>
        <translation>KBO target change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="45"/>
        <source>เปลี่ยนมาตรฐาน</source>
        <translation>standard change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="46"/>
        <source>แก้ไขเลขที่มาตรฐาน</source>
        <translation>certificate number edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="47"/>
        <source>เปลี่ยนสถานะมาตรฐาน</source>
        <translation>certification status change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="48"/>
        <source>เปลี่ยนวันที่ออกมาตรฐาน</source>
        <translation>issue date change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="49"/>
        <source>เปลี่ยนวันหมดอายุมาตรฐาน</source>
        <translation>expiry date change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="72"/>
        <source>เพิ่มผลิตภัณฑ์</source>
        <translation>new product</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="76"/>
        <source>ลบผลิตภัณฑ์ “%1”</source>
        <translation>deletion of the product “%1”</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="84"/>
        <source>เพิ่มมาตรฐาน</source>
        <translation>new certification</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="88"/>
        <source>ลบมาตรฐาน “%1”</source>
        <translation>deletion of the certification “%1”</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/edit_steps.py" line="93"/>
        <source>แก้ไขข้อมูลผู้ผลิต</source>
        <translation>producer edit</translation>
    </message>
</context>
<context>
    <name>ProducerEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="150"/>
        <source>ยกเลิกการแก้ไขทั้งหมด</source>
        <translation>revert all edits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="152"/>
        <source>ยกเลิกการแก้ไขแล้ว</source>
        <translation>Edits reverted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="200"/>
        <source>บันทึก “%1” แล้ว</source>
        <translation>Saved “%1”</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="216"/>
        <source>ยังบันทึกไม่ได้ กรุณาแก้ไขช่องที่มีเครื่องหมาย ⚠</source>
        <translation>Not saved yet: please correct the fields marked ⚠</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="218"/>
        <source>(รวมถึงในหน้าผลิตภัณฑ์)</source>
        <translation>(including on the Products page)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="261"/>
        <source>ผู้ผลิตรายใหม่</source>
        <translation>New producer</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="263"/>
        <source>● มีการแก้ไขที่ยังไม่ได้บันทึก</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="365"/>
        <source>(ไม่มีชื่อ)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="368"/>
        <source>ลบผลิตภัณฑ์</source>
        <translation>Delete product</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="369"/>
        <source>ลบผลิตภัณฑ์ “%1” พร้อมมาตรฐาน ผลการวิเคราะห์ แผนพัฒนา และภาพถ่ายหรือไม่?</source>
        <translation>Delete the product “%1” with its certifications, analysis, development plans and photos?</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="376"/>
        <source>ลบผลิตภัณฑ์ “%1” แล้ว</source>
        <translation>Deleted the product “%1”</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="21"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="45"/>
        <source>ข้อมูลผู้ผลิต</source>
        <translation>Producer details</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="81"/>
        <source>ชื่อกลุ่ม/ผู้ผลิต *</source>
        <translation>Producer group name *</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="94"/>
        <source>ประเภทผู้ผลิต</source>
        <translation>Producer type</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="107"/>
        <source>เลขทะเบียน OTOP</source>
        <translation>OTOP registration no.</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="120"/>
        <source>ผู้ติดต่อ</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="133"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="143"/>
        <source>เช่น 081-234-5678</source>
        <translation>e.g. 081-234-5678</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="150"/>
        <source>จำนวนสมาชิก</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="163"/>
        <source>ไม่ระบุ</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="166"/>
        <source> คน</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="175"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="187"/>
        <source>บ้านเลขที่</source>
        <translation>House no.</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="202"/>
        <source>หมู่ที่</source>
        <translation>Village no. (Moo)</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="221"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="234"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="251"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="268"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="285"/>
        <source>รหัสไปรษณีย์</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="308"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="327"/>
        <source>ภาพถ่ายผู้ผลิต</source>
        <translation>Producer photos</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="353"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="388"/>
        <source>เพิ่มผลิตภัณฑ์</source>
        <translation>Add product</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="395"/>
        <source>ลบผลิตภัณฑ์…</source>
        <translation>Delete product…</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="456"/>
        <source>ยกเลิกการแก้ไข</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="459"/>
        <source>กลับไปเป็นข้อมูลที่บันทึกไว้ล่าสุด</source>
        <translation>Go back to the last saved version</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="466"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="469"/>
        <source>บันทึก (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>ProducerListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="97"/>
        <source>ชื่อผู้ผลิต</source>
        <extracomment>Rows read in one query: a few screenfuls. Reading a page costs a millisecond or two whatever its number, so scrolling stays smooth at any length of list. Pages kept in memory; the oldest read is dropped first. Pixels above and below the two lines of a row. Rows a column fitting its contents is measured on: about a screenful.</extracomment>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="98"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="99"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="100"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="101"/>
        <source>ประเภท</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="102"/>
        <source>ดาว</source>
        <translation>Stars</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="103"/>
        <source>กลุ่ม</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="104"/>
        <source>เป้าหมาย</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="181"/>
        <source>เป็นเป้าหมาย KBO ปีนี้</source>
        <translation>KBO target this year</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="219"/>
        <source>%n ดาว</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProducersTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="82"/>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="213"/>
        <location filename="../../forms/producers_tab.ui" line="167"/>
        <source>เลิกทำการลบ</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="104"/>
        <location filename="../../forms/producers_tab.ui" line="6"/>
        <source>ผู้ผลิต/ผลิตภัณฑ์</source>
        <translation>Producers/products</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="132"/>
        <source>ลบผู้ผลิต</source>
        <translation>Delete producer</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="134"/>
        <source>ลบ “%1” พร้อมผลิตภัณฑ์ มาตรฐาน แผนพัฒนา บันทึกการลงพื้นที่ และภาพถ่ายทั้งหมดหรือไม่?
ลบแล้วยังกด “เลิกทำการลบ” ได้</source>
        <translation>Delete “%1” with all its products, certifications, development plans, field visits and photos?
You can still press “Undo delete” afterwards.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="141"/>
        <source>ลบ “%1” แล้ว</source>
        <translation>Deleted “%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="153"/>
        <source>%n ราย</source>
        <translation>
            <numerusform>%n producer</numerusform>
            <numerusform>%n producers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="197"/>
        <source>เลิกทำแล้ว: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="210"/>
        <source>เลิกทำ: %1</source>
        <translation>Undo: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="224"/>
        <source>ยังไม่ได้บันทึก</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="225"/>
        <source>ข้อมูลผู้ผลิตที่แก้ไขยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่?</source>
        <translation>The producer&apos;s changes are not saved. Save them first?</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="48"/>
        <source>ค้นหาชื่อผู้ผลิต ผลิตภัณฑ์ ตำบล หรือผู้ติดต่อ</source>
        <translation>Search by producer, product, subdistrict or contact</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="58"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="71"/>
        <source>ประเภทผลิตภัณฑ์</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="78"/>
        <source>ระดับดาว</source>
        <translation>OTOP stars</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="91"/>
        <source>กลุ่มผลิตภัณฑ์ (Quadrant)</source>
        <translation>Product quadrant</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="98"/>
        <source>เฉพาะเป้าหมาย KBO ปีนี้</source>
        <translation>KBO targets this year only</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="177"/>
        <source>ซ่อน</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="192"/>
        <source>เพิ่มผู้ผลิต</source>
        <translation>Add producer</translation>
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="199"/>
        <source>ลบผู้ผลิต…</source>
        <translation>Delete producer…</translation>
    </message>
</context>
<context>
    <name>ProductCheckModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/agenda_products.py" line="159"/>
        <source>  ★&#xa0;เป้าหมาย&#xa0;KBO</source>
        <translation>  ★&#xa0;KBO&#xa0;target</translation>
    </message>
</context>
<context>
    <name>ProductChoiceModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/product_picker.py" line="76"/>
        <source>อ.%1</source>
        <translation>%1 District</translation>
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="72"/>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="75"/>
        <location filename="../../forms/product_editor.ui" line="86"/>
        <source>ไม่ระบุ</source>
        <translation>Not given</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="77"/>
        <source>%n ดาว</source>
        <translation>
            <numerusform>%n star</numerusform>
            <numerusform>%n stars</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="259"/>
        <source>ลบมาตรฐาน</source>
        <translation>Delete certification</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="260"/>
        <source>ลบมาตรฐาน “%1” ของผลิตภัณฑ์นี้หรือไม่?</source>
        <translation>Delete the certification “%1” of this product?</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="266"/>
        <source>ลบมาตรฐาน “%1” แล้ว</source>
        <translation>Deleted the certification “%1”</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="29"/>
        <source>ชื่อผลิตภัณฑ์ *</source>
        <translation>Product name *</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="42"/>
        <source>ประเภท</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="55"/>
        <source>ระดับดาว</source>
        <translation>OTOP stars</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="70"/>
        <source>ปีที่ได้รับ (พ.ศ.)</source>
        <translation>Year rated (BE)</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="108"/>
        <source>กลุ่ม (Quadrant)</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="121"/>
        <source>ราคา (บาท)</source>
        <translation>Price (THB)</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="134"/>
        <source>ยอดขายต่อปี (บาท)</source>
        <translation>Yearly sales (THB)</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="147"/>
        <source>ช่องทางจำหน่าย</source>
        <translation>Sales channels</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="157"/>
        <source>คั่นด้วยจุลภาค เช่น หน้าร้าน, Facebook, งาน OTOP</source>
        <translation>Separate with commas, e.g. shop front, Facebook, OTOP fair</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="164"/>
        <source>รายละเอียด</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="184"/>
        <source>เป็นเป้าหมายพัฒนา KBO ปีนี้</source>
        <translation>KBO development target this year</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="193"/>
        <source>มาตรฐานและการรับรอง</source>
        <translation>Standards and certifications</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="223"/>
        <source>เพิ่มมาตรฐาน</source>
        <translation>Add certification</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="230"/>
        <source>ลบมาตรฐาน…</source>
        <translation>Delete certification…</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="261"/>
        <source>มาตรฐาน</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="274"/>
        <source>เลขที่</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="287"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="300"/>
        <source>วันที่ออก</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="313"/>
        <source>วันหมดอายุ</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="342"/>
        <source>ภาพถ่ายผลิตภัณฑ์</source>
        <translation>Product photos</translation>
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_list_model.py" line="63"/>
        <source>(ผลิตภัณฑ์ใหม่ ยังไม่มีชื่อ)</source>
        <translation>(new product, no name yet)</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/product_picker.py" line="138"/>
        <source>ทุกประเภท</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/product_picker.py" line="158"/>
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/product_picker.py" line="160"/>
        <source>อ.%1</source>
        <translation>%1 District</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/product_picker.py" line="209"/>
        <source>แสดง %1 จาก %2 ผลิตภัณฑ์</source>
        <translation>Showing %1 of %2 products</translation>
    </message>
</context>
<context>
    <name>ProductPickerForm</name>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="13"/>
        <source>&amp;ค้นหาผลิตภัณฑ์</source>
        <translation>&amp;Search products</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="19"/>
        <source>ชื่อผลิตภัณฑ์ ผู้ผลิต หรืออำเภอ</source>
        <translation>Product, producer or district</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="25"/>
        <source>กรองตามอำเภอ</source>
        <translation>Filter by district</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="26"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="31"/>
        <source>กรองตามประเภทผลิตภัณฑ์</source>
        <translation>Filter by product category</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="32"/>
        <source>ประเภทผลิตภัณฑ์</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="37"/>
        <source>รายการผลิตภัณฑ์</source>
        <translation>Products</translation>
    </message>
</context>
<context>
    <name>ProductSummary</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/summary.py" line="30"/>
        <source>อ.%1</source>
        <translation>%1 District</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/summary.py" line="33"/>
        <source>%1 ดาว</source>
        <translation>%1-star OTOP</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/summary.py" line="37"/>
        <source> (ปี %1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/summary.py" line="52"/>
        <source>มาตรฐาน: </source>
        <translation>Certifications: </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/summary.py" line="53"/>
        <source>ยังไม่มี</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/summary.py" line="64"/>
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation>Choose a product from the list on the left</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/summary.py" line="76"/>
        <source>ไม่มีภาพ</source>
        <translation>No photo</translation>
    </message>
</context>
<context>
    <name>ReminderListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="142"/>
        <source>ติดตาม %1 (อ.%2) — %3</source>
        <translation>Follow up %1 (%2 District) — %3</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="149"/>
        <source>กิจกรรม “%1” — %2 — %3</source>
        <translation>Action “%1” — %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="164"/>
        <source>เลยกำหนด %n วัน (%1)</source>
        <translation>
            <numerusform>%n day overdue (%1)</numerusform>
            <numerusform>%n days overdue (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="166"/>
        <source>นัดติดตามวันนี้ (%1)</source>
        <translation>Follow-up due today (%1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="166"/>
        <source>ครบกำหนดวันนี้ (%1)</source>
        <translation>Due today (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="168"/>
        <source>นัดติดตามอีก %n วัน (%1)</source>
        <translation>
            <numerusform>Follow-up in %n day (%1)</numerusform>
            <numerusform>Follow-up in %n days (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="170"/>
        <source>ครบกำหนดอีก %n วัน (%1)</source>
        <translation>
            <numerusform>Due in %n day (%1)</numerusform>
            <numerusform>Due in %n days (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="105"/>
        <source>กู้คืนจากสำรอง</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="107"/>
        <source>กำลังตรวจไฟล์สำรอง…</source>
        <translation>Checking the backups…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="111"/>
        <source>วันที่และเวลา</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="112"/>
        <source>เหตุที่สำรอง</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="113"/>
        <source>ขนาด</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="114"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="115"/>
        <source>ข้อมูลในสำรอง</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="129"/>
        <source>เลือกไฟล์อื่น…</source>
        <translation>Choose another file…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="132"/>
        <source>กู้คืน…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="136"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="139"/>
        <source>ไฟล์สำรอง (ใหม่สุดอยู่บน)</source>
        <translation>Backups (newest first)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="168"/>
        <source>ข้อมูลปัจจุบัน: %1</source>
        <translation>Current data: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="170"/>
        <source>เลือกสำรองที่จะกู้คืน</source>
        <translation>Choose a backup to restore</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="178"/>
        <source>ยังไม่มีสำรองอัตโนมัติ กด “เลือกไฟล์อื่น…” เพื่อกู้คืนจากไฟล์สำรองที่เก็บไว้เอง</source>
        <translation>No automatic backups yet. Press “Choose another file…” to restore from a backup you kept yourself.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="192"/>
        <source>✓ อ่านได้</source>
        <translation>✓ Readable</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="192"/>
        <source>⚠ ใช้ไม่ได้</source>
        <translation>⚠ Unusable</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="239"/>
        <source>ไฟล์: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="242"/>
        <source>⚠ กู้คืนจากไฟล์นี้ไม่ได้: %1</source>
        <translation>⚠ Cannot restore from this file: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="250"/>
        <source>เลือกไฟล์สำรอง</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="250"/>
        <source>ฐานข้อมูล (*.db);;ทุกไฟล์ (*)</source>
        <translation>Databases (*.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_dialog.py" line="92"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SaveFileField</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/file_field.py" line="30"/>
        <source>เลือก…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../kbo_desktop/ui/search/box.py" line="35"/>
        <source>ค้นหาผู้ผลิต ผลิตภัณฑ์ แผน บันทึก… (Ctrl+F)</source>
        <translation>Search producers, products, plans, notes… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../kbo_desktop/ui/search/panel.py" line="36"/>
        <source>ผลการค้นหา</source>
        <translation>Search results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/search/panel.py" line="56"/>
        <source>ผลการค้นหา (%n รายการ)</source>
        <translation>
            <numerusform>Search results (%n)</numerusform>
            <numerusform>Search results (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/search/model.py" line="118"/>
        <source>รายการ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/search/model.py" line="120"/>
        <source>ข้อความที่พบ</source>
        <translation>Matching text</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImportDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="37"/>
        <source>นำเข้าจากตารางคำนวณ</source>
        <translation>Import from spreadsheet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="41"/>
        <source>ตรวจไฟล์ %1</source>
        <translation>Checking %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="39"/>
        <source>กำลังตรวจทุกแถว ยังไม่มีการบันทึกข้อมูลใด…</source>
        <translation>Checking every row; nothing has been saved yet…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="59"/>
        <source>ยังไม่มีข้อมูลใดถูกบันทึก แก้ไขไฟล์ตามรายการด้านล่าง บันทึกไฟล์ แล้วนำเข้าใหม่อีกครั้ง (แถวที่ 1 คือหัวตาราง)</source>
        <translation>Nothing has been saved. Correct the file as listed below, save it and import it again (row 1 is the header).</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="65"/>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="95"/>
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="65"/>
        <source>คอลัมน์</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="65"/>
        <source>ปัญหา</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="91"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="92"/>
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="173"/>
        <source>ต.%1</source>
        <translation>%1 Subdistrict</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="174"/>
        <source>อ.%1</source>
        <translation>%1 District</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="208"/>
        <source>ตรวจ %1 แถวแล้ว ไม่พบปัญหา
ผู้ผลิต: เพิ่ม %2 ราย ปรับปรุง %3 ราย ไม่เปลี่ยน %4 ราย
ผลิตภัณฑ์: เพิ่ม %5 รายการ ปรับปรุง %6 รายการ ไม่เปลี่ยน %7 รายการ</source>
        <translation>Checked %1 rows: no problems
Producers: %2 new, %3 updated, %4 unchanged
Products: %5 new, %6 updated, %7 unchanged</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="94"/>
        <source>การเปลี่ยนแปลง</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="93"/>
        <source>อยู่ใน</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="107"/>
        <source>ก่อนนำเข้า โปรแกรมจะสำรองฐานข้อมูลไว้ให้โดยอัตโนมัติ</source>
        <translation>The database is backed up automatically before the import.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="131"/>
        <source>⚠ พบปัญหา %1 รายการ</source>
        <translation>⚠ %1 problems found</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="150"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="157"/>
        <source>ทั้งไฟล์</source>
        <translation>Whole file</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="162"/>
        <source>ทั้งแถว</source>
        <translation>Whole row</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="180"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="191"/>
        <source>ผลิตภัณฑ์</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/spreadsheet_import.py" line="220"/>
        <source>ข้อมูลในไฟล์ตรงกับในฐานข้อมูลแล้ว ไม่มีอะไรต้องนำเข้า</source>
        <translation>The file matches the database already; nothing to import.</translation>
    </message>
</context>
<context>
    <name>StoredPhotoStrip</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="51"/>
        <source>บันทึกข้อมูลก่อน จึงจะเพิ่มภาพได้</source>
        <translation>Save first; then photos can be added</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="64"/>
        <source>เพิ่มภาพ %n ภาพ</source>
        <translation>
            <numerusform>Added %n photo</numerusform>
            <numerusform>Added %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="66"/>
        <source>ข้ามภาพที่มีอยู่แล้ว %n ภาพ</source>
        <translation>
            <numerusform>Skipped %n photo already stored</numerusform>
            <numerusform>Skipped %n photos already stored</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="77"/>
        <source>ลบภาพ “%1” แล้ว</source>
        <translation>Removed the photo “%1”</translation>
    </message>
</context>
<context>
    <name>SwotGroupModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/swot_model.py" line="66"/>
        <source>(ยังไม่มีข้อความ)</source>
        <translation>(no text yet)</translation>
    </message>
</context>
<context>
    <name>TabSpec</name>
    <message>
        <location filename="../../kbo_desktop/ui/tab_registry.py" line="59"/>
        <source>ผู้ผลิต/ผลิตภัณฑ์</source>
        <translation>Producers/products</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/tab_registry.py" line="61"/>
        <source>วิเคราะห์ผลิตภัณฑ์</source>
        <translation>Product analysis</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/tab_registry.py" line="63"/>
        <source>แผนพัฒนา</source>
        <translation>Development plans</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/tab_registry.py" line="65"/>
        <source>บันทึกลงพื้นที่</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/tab_registry.py" line="67"/>
        <source>ประชุม/รายงาน</source>
        <translation>Meetings/reports</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/tab_registry.py" line="69"/>
        <source>เครือข่าย KBO</source>
        <translation>KBO network</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/task_runner.py" line="57"/>
        <source>กำลังทำงานอื่นอยู่</source>
        <translation>Another task is running</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/task_runner.py" line="57"/>
        <source>รอให้งานที่กำลังทำอยู่เสร็จก่อน</source>
        <translation>Wait for the current task to finish first</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/task_runner.py" line="59"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/task_runner.py" line="112"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/task_runner.py" line="115"/>
        <source>ยกเลิกแล้ว</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/task_runner.py" line="115"/>
        <source>ยกเลิกแล้ว ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="98"/>
        <source>งบประมาณ (บาท)</source>
        <translation>Budget (THB)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="104"/>
        <source>รวม</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>VisitEditSteps</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="27"/>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="28"/>
        <source>เปลี่ยนผู้ผลิต</source>
        <extracomment>The form&apos;s fields in the order they are checked: top to bottom on the form.</extracomment>
        <translation>producer change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="29"/>
        <source>แก้ไขวันที่ลงพื้นที่</source>
        <translation>visit date edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="30"/>
        <source>แก้ไขเจ้าหน้าที่</source>
        <translation>officers edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="31"/>
        <source>แก้ไขวัตถุประสงค์</source>
        <translation>purpose edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="32"/>
        <source>แก้ไขวันติดตามครั้งถัดไป</source>
        <translation>next follow-up date edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="33"/>
        <source>แก้ไขพิกัด</source>
        <translation>location edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="34"/>
        <source>แก้ไขสิ่งที่พบ</source>
        <translation>findings edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="35"/>
        <source>แก้ไขข้อเสนอแนะ</source>
        <translation>recommendations edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="39"/>
        <source>เปลี่ยนสถานะที่พบ</source>
        <extracomment>A row of the observations table, by what changed in it.</extracomment>
        <translation>observed status change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="40"/>
        <source>เปลี่ยนความคืบหน้า</source>
        <translation>progress change</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="41"/>
        <source>แก้ไขบันทึกสิ่งที่พบของกิจกรรม</source>
        <translation>action note edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="43"/>
        <source>ติ๊กกิจกรรมที่ติดตาม</source>
        <translation>action ticked</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="44"/>
        <source>เอาติ๊กกิจกรรมออก</source>
        <translation>action unticked</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/edit_steps.py" line="45"/>
        <source>แก้ไขบันทึกการลงพื้นที่</source>
        <translation>visit record edit</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/form.py" line="198"/>
        <source>%1 (อ.%2)</source>
        <extracomment>How long after the last keystroke the draft is written. Starting width of the &quot;what was seen&quot; column of the observations table (pixels). What the form is compared with: (fields, photos); None: always dirty. The clean state is a draft the officer kept, not the stored visit.</extracomment>
        <translation>%1 (%2 District)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/form.py" line="265"/>
        <source>ยกเลิกการแก้ไขทั้งหมด</source>
        <translation>revert all edits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/form.py" line="363"/>
        <source>ประวัติการติดตาม (เลือกกิจกรรมทางซ้าย)</source>
        <translation>Follow-up history (choose an action on the left)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/form.py" line="514"/>
        <source>ประวัติการติดตาม: %1</source>
        <translation>Follow-up history: %1</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="16"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="22"/>
        <source>พิมพ์บางส่วนของชื่อผู้ผลิตเพื่อค้นหา</source>
        <translation>Type part of the producer&apos;s name to search</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="26"/>
        <source>วันที่ลงพื้นที่</source>
        <translation>Visit date</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="30"/>
        <source>เจ้าหน้าที่</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="34"/>
        <source>ชื่อ (ตำแหน่ง), คั่นหลายคนด้วยจุลภาค</source>
        <translation>Name (position); separate several with commas</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="38"/>
        <source>วัตถุประสงค์</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="42"/>
        <source>ติดตามครั้งถัดไป</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="46"/>
        <source>พิกัด</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="50"/>
        <source>ละติจูด, ลองจิจูด เช่น 17.48, 101.72</source>
        <translation>Latitude, longitude, e.g. 17.48, 101.72</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="57"/>
        <source>ผลการลงพื้นที่ / สิ่งที่พบ</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="59"/>
        <source>ข้อเสนอแนะ</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="80"/>
        <source>ความคืบหน้าตามแผนที่พบ (ติ๊กกิจกรรมที่ติดตาม แล้วกรอกสถานะ ความคืบหน้า และสิ่งที่พบ)</source>
        <translation>Progress seen on the plan (tick the actions followed up, then fill in status, progress and what was seen)</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="97"/>
        <source>ประวัติการติดตาม</source>
        <translation>Follow-up history</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="111"/>
        <source>ภาพถ่าย — ติ๊ก ✓ ภาพที่จะใส่ในเอกสารประชุม ดับเบิลคลิกเพื่อแก้คำบรรยาย</source>
        <translation>Photos — tick ✓ those for the meeting packet; double-click to edit a caption</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="123"/>
        <source>พิมพ์บันทึก (PDF)…</source>
        <translation>Print record (PDF)…</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="124"/>
        <source>เก็บเป็นร่าง</source>
        <translation>Keep as draft</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="124"/>
        <source>เก็บสิ่งที่กรอกไว้ทำต่อภายหลัง แม้ยังกรอกไม่ครบ</source>
        <translation>Keep what you typed to finish later, even if incomplete</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="125"/>
        <source>ยกเลิกการแก้ไข</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="126"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="50"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="51"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="52"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="53"/>
        <source>เจ้าหน้าที่</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="54"/>
        <source>วัตถุประสงค์</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="55"/>
        <source>ติดตามครั้งถัดไป</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="115"/>
        <source>ร่าง</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>VisitPhotoModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="50"/>
        <source>(ไม่มีคำบรรยาย)</source>
        <translation>(no caption)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="56"/>
        <source>ใส่ในเอกสารประชุม</source>
        <translation>In the meeting packet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="56"/>
        <source>ไม่ใส่ในเอกสารประชุม</source>
        <translation>Not in the meeting packet</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="126"/>
        <source>บันทึกลงพื้นที่</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="146"/>
        <source>บันทึกการลงพื้นที่แล้ว และปรับสถานะกิจกรรม %1 รายการ</source>
        <translation>Field visit saved; %1 plan actions updated</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="170"/>
        <source>ลบบันทึกการลงพื้นที่</source>
        <translation>Delete field visit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="171"/>
        <source>ลบบันทึกการลงพื้นที่นี้พร้อมภาพและความคืบหน้าที่บันทึกไว้หรือไม่</source>
        <translation>Delete this field visit with its photos and recorded progress?</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="181"/>
        <source>ลบบันทึกการลงพื้นที่แล้ว</source>
        <translation>Field visit deleted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="189"/>
        <source>ทุกอำเภอ</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="190"/>
        <source>ผู้ผลิตทุกราย</source>
        <translation>All producers</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="204"/>
        <source>ต้องติดตาม (%1)</source>
        <translation>To follow up (%1)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="221"/>
        <source>มีบันทึกการลงพื้นที่ที่พิมพ์ค้างไว้ %1 รายการ เปิดต่อได้ที่แท็บบันทึกลงพื้นที่</source>
        <translation>%1 unfinished field visits are waiting in the Field visits tab</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="227"/>
        <location filename="../../forms/visits_tab.ui" line="17"/>
        <source>ต้องติดตาม</source>
        <translation>To follow up</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="235"/>
        <source>กรุณาบันทึกการลงพื้นที่ก่อนพิมพ์</source>
        <translation>Save the field visit before printing</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="239"/>
        <source>บันทึกเป็น PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="241"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="276"/>
        <source>เก็บร่างไม่สำเร็จ: %1</source>
        <translation>Could not keep the draft: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="283"/>
        <source>เก็บสิ่งที่แก้ไขไว้เป็นร่างแล้ว</source>
        <translation>Your changes were kept as a draft</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="293"/>
        <source>ยังไม่ได้เลือกผู้ผลิต</source>
        <translation>no producer chosen yet</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="296"/>
        <source>พบบันทึกการลงพื้นที่ที่พิมพ์ค้างไว้ (%1, เก็บอัตโนมัติเมื่อ %2 วันที่ %3)</source>
        <translation>An unfinished field visit was found (%1, kept automatically at %2, visit date %3)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="367"/>
        <source>เก็บเป็นร่างแล้ว เปิดทำต่อได้จากรายการ (✎)</source>
        <translation>Kept as a draft; open it again from the list (✎)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="380"/>
        <source>ติดตามผลตามที่นัดไว้</source>
        <translation>Follow-up as scheduled</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="388"/>
        <source>เปิดร่างที่พิมพ์ค้างไว้แล้ว</source>
        <translation>Unfinished draft opened</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="401"/>
        <source>บันทึก PDF แล้ว: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="26"/>
        <source>ดับเบิลคลิกเพื่อเริ่มบันทึกการลงพื้นที่ของผู้ผลิตรายนี้</source>
        <translation>Double-click to start a field visit for this producer</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="34"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="35"/>
        <source>ผู้ผลิต</source>
        <translation>Producer</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="36"/>
        <source>เจ้าหน้าที่</source>
        <translation>Officers</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="39"/>
        <source>ตั้งแต่วันที่</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="41"/>
        <source>ถึงวันที่</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="57"/>
        <source>บันทึกการลงพื้นที่ใหม่</source>
        <translation>New field visit</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="59"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="74"/>
        <source>เปิดร่างต่อ</source>
        <translation>Open draft</translation>
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="75"/>
        <source>ทิ้งร่าง</source>
        <translation>Discard draft</translation>
    </message>
</context>
<context>
    <name>_PendingTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="84"/>
        <source>กำลังเปิด…</source>
        <translation>Opening…</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../kbo_desktop/ui/app.py" line="174"/>
        <location filename="../../kbo_desktop/ui/app.py" line="206"/>
        <source>KBO Desktop</source>
        <translation>KBO Desktop</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/app.py" line="192"/>
        <source>โปรแกรมขัดข้อง</source>
        <translation>KBO Desktop crashed</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/app.py" line="193"/>
        <source>เกิดข้อผิดพลาดในโปรแกรม งานที่บันทึกแล้วไม่สูญหาย
กรุณาส่งแฟ้มบันทึกนี้ให้ผู้ดูแล:
%1</source>
        <translation>The program hit an error. Saved work is safe.
Please send this log file to your administrator:
%1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/app.py" line="282"/>
        <source>เปิดฐานข้อมูลไม่ได้</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="61"/>
        <source>เกี่ยวกับ KBO Desktop</source>
        <translation>About KBO Desktop</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="62"/>
        <source>&lt;h3&gt;KBO Desktop %1&lt;/h3&gt;&lt;p&gt;โปรแกรมบันทึกข้อมูลผู้ผลิต ผลิตภัณฑ์ แผนพัฒนา และการลงพื้นที่ สำหรับเครือข่าย KBO จังหวัด ใช้งานได้โดยไม่ต้องต่ออินเทอร์เน็ต&lt;/p&gt;&lt;p&gt;สัญญาอนุญาต MIT&lt;/p&gt;&lt;p&gt;แบบอักษร Sarabun © 2018 The Sarabun Project Authors (Cadson Demak) สัญญาอนุญาต SIL Open Font License 1.1&lt;/p&gt;&lt;p&gt;ข้อมูลจังหวัด อำเภอ ตำบล และรหัสไปรษณีย์ จาก thai-province-data © 2025 Kongvut Sangkla สัญญาอนุญาต MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KBO Desktop %1&lt;/h3&gt;&lt;p&gt;Records of producers, products, development plans and field visits for provincial KBO networks, working fully offline.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;/p&gt;&lt;p&gt;Sarabun font © 2018 The Sarabun Project Authors (Cadson Demak), SIL Open Font License 1.1&lt;/p&gt;&lt;p&gt;Province, district, subdistrict and postcode data from thai-province-data © 2025 Kongvut Sangkla, MIT licence&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="84"/>
        <source>ยังไม่ได้บันทึก</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="85"/>
        <source>มีการแก้ไข &quot;%1&quot; ที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่</source>
        <translation>&quot;%1&quot; has unsaved changes. Save them first?</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="17"/>
        <source>เพิ่ม</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="18"/>
        <source>ปรับปรุง</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="19"/>
        <source>ลบ</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="20"/>
        <source>ไม่เปลี่ยน</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="21"/>
        <source>ฉบับในเครื่องนี้</source>
        <translation>This computer&apos;s version</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="22"/>
        <source>ฉบับจากไฟล์</source>
        <translation>The file&apos;s version</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="25"/>
        <source>เมื่อเปิดโปรแกรม</source>
        <translation>On start</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="26"/>
        <source>ก่อนนำเข้าข้อมูล</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="27"/>
        <source>ก่อนกู้คืน</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="28"/>
        <source>ก่อนปรับรุ่นฐานข้อมูล</source>
        <translation>Before a database upgrade</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="29"/>
        <source>สำรองเอง</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="30"/>
        <source>อัตโนมัติ</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="31"/>
        <source>ไฟล์ที่เลือก</source>
        <translation>Chosen file</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="54"/>
        <source>%1 %2 น.</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="62"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/labels.py" line="65"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="49"/>
        <source>ผู้ผลิต %1</source>
        <translation>%1 producers</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="50"/>
        <source>ผลิตภัณฑ์ %1</source>
        <translation>%1 products</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="51"/>
        <source>แผน %1</source>
        <translation>%1 plans</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="52"/>
        <source>ลงพื้นที่ %1</source>
        <translation>%1 field visits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="61"/>
        <source>ยืนยันการกู้คืน</source>
        <translation>Confirm restore</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="69"/>
        <source>กู้คืนข้อมูลจากสำรองเมื่อ %1 ใช่หรือไม่</source>
        <translation>Restore the data from the backup of %1?</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="74"/>
        <source>ข้อมูลทั้งหมดในโปรแกรมตอนนี้จะถูกแทนที่ด้วยข้อมูลในสำรองนี้ (%1) สิ่งที่บันทึกหรือนำเข้าหลังจากเวลานั้นจะหายไปจากฐานข้อมูล

ก่อนกู้คืน โปรแกรมจะสำรองข้อมูลปัจจุบันไว้ก่อน (ในรายการสำรองชื่อ “ก่อนกู้คืน”) ถ้าเปลี่ยนใจ กู้คืนจากสำรองนั้นกลับมาได้</source>
        <translation>All data in the program now will be replaced by the data in this backup (%1). Anything saved or imported after that time will be gone from the database.

Before restoring, the program backs up the current data (listed as “Before a restore”); if you change your mind, restore from that backup.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="83"/>
        <source>กู้คืน</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/restore.py" line="86"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>review</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange/review_widgets.py" line="179"/>
        <source>ยังไม่มีการเปลี่ยนแปลงข้อมูล เลือกใหม่แล้วลองอีกครั้งได้</source>
        <translation>Nothing has changed yet; you can choose again and retry</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/unsaved.py" line="23"/>
        <source>ยังไม่ได้บันทึก</source>
        <translation>Unsaved changes</translation>
    </message>
</context>
</TS>
