<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US" sourcelanguage="th_TH">
<context>
    <name />
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="41" />
        <source>CertificationModel</source>
        <comment>หมดอายุแล้ว</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="44" />
        <source>CertificationModel</source>
        <comment>ใกล้หมดอายุ (อีก %n วัน)</comment>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/action_model.py" line="147" />
        <source>เลยกำหนดเสร็จแล้วแต่ยังไม่เสร็จ</source>
        <extracomment>Which record field each column edits.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActionsTableController</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/actions_table.py" line="188" />
        <source>กิจกรรมแถวที่ %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AgendaProductsEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/products_editor.py" line="100" />
        <source>แสดง %1 จาก %2 ผลิตภัณฑ์ · เลือกแล้ว %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnalysisTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="73" />
        <source>วิเคราะห์ผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="92" />
        <source>บันทึกการวิเคราะห์แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="94" />
        <source> (กิจกรรม %1 รายการไม่ได้ผูกกับข้อด้อยที่ลบแล้ว)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="102" />
        <source>ยกเลิกการแก้ไขแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="196" />
        <source>การวิเคราะห์ของผลิตภัณฑ์นี้ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="311" />
        <source>เพิ่มประเด็นใหม่ในกลุ่ม%1 พิมพ์ข้อความแล้วกดบันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="359" />
        <source>ลบประเด็น "%1" แล้ว กด Ctrl+Z หรือปุ่มเรียกคืนเพื่อนำกลับมา</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="369" />
        <source>เรียกคืนประเด็นแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/tab.py" line="401" />
        <source>ยังบันทึกไม่ได้: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AnalysisTabForm</name>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="32" />
        <source>ภาพผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="40" />
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="63" />
        <source>&amp;บันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="64" />
        <source>บันทึกการวิเคราะห์ของผลิตภัณฑ์นี้ (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="70" />
        <source>ยกเลิกการแก้ไข</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="71" />
        <source>ทิ้งการแก้ไขที่ยังไม่ได้บันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="84" />
        <location filename="../../forms/analysis_tab.ui" line="92" />
        <source>ข้อดี</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="100" />
        <location filename="../../forms/analysis_tab.ui" line="108" />
        <source>ข้อเด่น</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="116" />
        <location filename="../../forms/analysis_tab.ui" line="124" />
        <source>ข้อด้อย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="132" />
        <location filename="../../forms/analysis_tab.ui" line="140" />
        <source>โอกาส</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="148" />
        <location filename="../../forms/analysis_tab.ui" line="156" />
        <source>อุปสรรค</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="164" />
        <source>ประเด็นที่เลือก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="174" />
        <source>&amp;ข้อความ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="181" />
        <source>พิมพ์ประเด็น เช่น บรรจุภัณฑ์ยังไม่ดึงดูดใจผู้ซื้อ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="194" />
        <source>ผู้เ&amp;สนอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="202" />
        <source>เลือกสมาชิกเครือข่าย หรือพิมพ์เอง เช่น ที่ประชุมคณะกรรมการ KBO ครั้งที่ 1/2566</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="209" />
        <source>&amp;วันที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="220" />
        <source>&amp;กลุ่ม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="226" />
        <source>ย้ายประเด็นไปกลุ่มอื่น (Ctrl+ซ้าย/ขวา)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="235" />
        <source>เพิ่มประเด็น</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="241" />
        <source>▲</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="242" />
        <source>เลื่อนขึ้น (Ctrl+ขึ้น)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="243" />
        <source>เลื่อนขึ้น</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="248" />
        <source>▼</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="249" />
        <source>เลื่อนลง (Ctrl+ลง)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="250" />
        <source>เลื่อนลง</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="255" />
        <source>ลบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="256" />
        <source>ลบประเด็นที่เลือก (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="261" />
        <source>เรียกคืน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_tab.ui" line="262" />
        <source>เรียกคืนประเด็นที่ลบล่าสุด (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BeCalendarWidget</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="49" />
        <source>เดือนก่อน</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="50" />
        <source>เดือนถัดไป</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="55" />
        <source>พ.ศ. </source>
        <translation>BE </translation>
    </message>
</context>
<context>
    <name>BeDateEdit</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="106" />
        <source>ไม่ระบุวันที่</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="107" />
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="162" />
        <source>พิมพ์วันที่ เช่น 6 ธ.ค. 2565 หรือ 6/12/2565</source>
        <translation>Type a date, e.g. 6 ธ.ค. 2565 or 6/12/2565 (Buddhist Era)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="109" />
        <source>เลือกจากปฏิทิน (Alt+ลง)</source>
        <translation>Pick from the calendar (Alt+Down)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/be_date_edit.py" line="155" />
        <source>อ่านวันที่ไม่ได้ ลองพิมพ์แบบ 6 ธ.ค. 2565</source>
        <translation>Not a date; try 6 ธ.ค. 2565</translation>
    </message>
</context>
<context>
    <name>BudgetDelegate</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/delegates.py" line="151" />
        <source> บาท</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CertificationModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="61" />
        <source>มาตรฐาน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="62" />
        <source>เลขที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="63" />
        <source>สถานะ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="64" />
        <source>วันที่ออก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/certifications.py" line="65" />
        <source>วันหมดอายุ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="54" />
        <source>นำเข้าไฟล์ .kbo</source>
        <translation>Import .kbo file</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="54" />
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="68" />
        <source>ไฟล์ KBO (*.kbo)</source>
        <translation>KBO files (*.kbo)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="62" />
        <source>กำลังนำเข้า %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="68" />
        <source>ส่งออกไฟล์ .kbo</source>
        <translation>Export .kbo file</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="76" />
        <source>กำลังส่งออก %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="82" />
        <source>สำรองฐานข้อมูล</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="82" />
        <source>ฐานข้อมูล (*.db)</source>
        <translation>Databases (*.db)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="89" />
        <source>กำลังสำรองข้อมูล…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="98" />
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="132" />
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="135" />
        <source>ยกเลิกแล้ว</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="135" />
        <source>ยกเลิกแล้ว ข้อมูลไม่มีการเปลี่ยนแปลง</source>
        <translation>Cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="142" />
        <source>%1: เพิ่ม %2 ปรับปรุง %3 ลบ %4</source>
        <translation>%1: %2 added, %3 updated, %4 deleted</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="144" />
        <source>ภาพถ่ายที่บันทึก: %1</source>
        <translation>Photos stored: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="146" />
        <source>ไม่มีรายการใหม่หรือที่เปลี่ยนแปลง</source>
        <translation>No new or changed records</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="147" />
        <source>นำเข้าเรียบร้อย</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="148" />
        <source>นำเข้า %1 แล้ว</source>
        <translation>Imported %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="152" />
        <source>ส่งออกเรียบร้อย</source>
        <translation>Export finished</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="153" />
        <source>เขียน %1 รายการ และภาพถ่าย %2 ภาพ ลงใน %3</source>
        <translation>Wrote %1 records and %2 photos to %3</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="157" />
        <source>สำรองข้อมูลเรียบร้อย</source>
        <translation>Backup finished</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/exchange_actions.py" line="158" />
        <source>สำรองฐานข้อมูลไว้ที่ %1</source>
        <translation>Database backed up to %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="47" />
        <source>ทุกอำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="48" />
        <source>ทุกประเภท</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="49" />
        <source>ทุกระดับดาว</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="51" />
        <source>%n ดาว</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/filters.py" line="52" />
        <source>ทุกกลุ่ม</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="248" />
        <source>วันที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="249" />
        <source>ผู้ติดตาม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="250" />
        <source>สถานะ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="251" />
        <source>คืบหน้า</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="252" />
        <source>บันทึก</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="69" />
        <source>KBO Desktop — %1[*]</source>
        <translation>KBO Desktop — %1[*]</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="90" />
        <source>ฐานข้อมูล: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="116" />
        <source>สร้างใหม่</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="117" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="118" />
        <source>ย้อนการแก้ไขที่ยังไม่บันทึก</source>
        <translation>Revert unsaved edits</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="119" />
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="120" />
        <source>ค้นหา</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="121" />
        <source>นำเข้าไฟล์ .kbo…</source>
        <translation>Import .kbo file…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="122" />
        <source>ส่งออกไฟล์ .kbo…</source>
        <translation>Export .kbo file…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="123" />
        <source>พิมพ์…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="124" />
        <source>สำรองฐานข้อมูล…</source>
        <translation>Back up database…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="125" />
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="126" />
        <source>ตั้งค่า…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="127" />
        <source>เกี่ยวกับ KBO Desktop</source>
        <translation>About KBO Desktop</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="138" />
        <source>แฟ้ม</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="141" />
        <source>แก้ไข</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="143" />
        <source>แถบเครื่องมือ</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="150" />
        <source>มุมมอง</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="160" />
        <source>ตั้งค่า</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="162" />
        <source>ช่วยเหลือ</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="223" />
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="279" />
        <source>ไม่พบ "%1"</source>
        <translation>Nothing found for "%1"</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/main_window.py" line="297" />
        <source>ยังไม่มีหน้าที่แสดงรายการประเภทนี้</source>
        <translation>No tab shows this kind of record yet</translation>
    </message>
</context>
<context>
    <name>MeetingDetails</name>
    <message>
        <location filename="../../forms/meeting_details.ui" line="11" />
        <source>ชื่อการประชุม *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="17" />
        <source>เช่น ประชุมคณะกรรมการ KBO จังหวัด ครั้งที่ 1/2568</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="22" />
        <source>วันที่ประชุม *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="28" />
        <source>วันที่ประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="33" />
        <source>สถานที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="39" />
        <source>เช่น ห้องประชุมศาลากลางจังหวัด</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="46" />
        <source>วาระการประชุม (ดับเบิลคลิกเพื่อแก้ไขข้อความ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="55" />
        <source>วาระการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="66" />
        <source>เพิ่มวาระ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="71" />
        <source>ลบวาระ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="76" />
        <source>▲ เลื่อนขึ้น</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="81" />
        <source>▼ เลื่อนลง</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="96" />
        <location filename="../../forms/meeting_details.ui" line="102" />
        <source>รายงานการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_details.ui" line="103" />
        <source>สรุปมติและข้อเสนอของที่ประชุม</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingDetailsEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/details.py" line="45" />
        <source>ระเบียบวาระที่ %1 </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/details.py" line="99" />
        <source>อ่านวันที่ประชุมไม่ได้ ลองพิมพ์แบบ 6 ธ.ค. 2565</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/models.py" line="38" />
        <source>วันที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/models.py" line="38" />
        <source>การประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/models.py" line="38" />
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingPacket</name>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="10" />
        <source>รวมข้อมูลส่วนบุคคล (เบอร์โทรศัพท์)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="11" />
        <source>โดยปกติเอกสารจะไม่แสดงเบอร์โทรศัพท์และเลขประจำตัวของผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="23" />
        <source>สร้างเอกสารประกอบการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="38" />
        <source>ยกเลิก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="52" />
        <source>ตัวอย่างเอกสารประกอบการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="70" />
        <source>บันทึก PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_packet.ui" line="75" />
        <source>พิมพ์…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingProducts</name>
    <message>
        <location filename="../../forms/meeting_products.ui" line="10" />
        <source>ผลิตภัณฑ์ทั้งหมด — ติ๊กเพื่อนำเข้าวาระการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="18" />
        <source>ค้นหาผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="19" />
        <source>ค้นหาชื่อผลิตภัณฑ์ ผู้ผลิต หรืออำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="25" />
        <source>เฉพาะเป้าหมาย KBO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="32" />
        <source>ผลิตภัณฑ์ทั้งหมด</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="50" />
        <source>ผลิตภัณฑ์ในวาระ ตามลำดับการพิจารณา</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="56" />
        <source>ผลิตภัณฑ์ในวาระ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="67" />
        <source>▲ เลื่อนขึ้น</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="72" />
        <source>▼ เลื่อนลง</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="77" />
        <source>นำออกจากวาระ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meeting_products.ui" line="87" />
        <source>color: #b00020;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="106" />
        <location filename="../../forms/meetings_tab.ui" line="5" />
        <source>ประชุม/รายงาน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="138" />
        <source>บันทึกการประชุม “%1” แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="144" />
        <source>ย้อนการแก้ไขแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="166" />
        <source>ลบการประชุม “%1” หรือไม่?
เลิกทำได้จากแถบใต้รายการ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="168" />
        <source>ลบการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="174" />
        <source>ลบการประชุม “%1” แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="239" />
        <source>นำการประชุมกลับมาแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="263" />
        <source>แก้ไขข้อมูลการประชุมให้ครบก่อนสร้างเอกสาร</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="277" />
        <source>เลือกการประชุมจากรายการ หรือกด “เพิ่มการประชุม”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="287" />
        <source>การประชุมใหม่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="294" />
        <source>ผลิตภัณฑ์ %1 รายการในวาระถูกลบไปแล้ว จะถูกนำออกเมื่อบันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="312" />
        <source>บันทึกไม่ได้</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="313" />
        <source>ยังบันทึกไม่ได้: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="318" />
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="329" />
        <source>มีการแก้ไขที่ยังไม่บันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/tab.py" line="329" />
        <source>บันทึกการแก้ไขการประชุมนี้ก่อนหรือไม่?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="23" />
        <source>การประชุมคณะกรรมการ (ล่าสุดอยู่บน)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="29" />
        <source>รายการการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="55" />
        <source>เลิกทำการลบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="65" />
        <source>เพิ่มการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="70" />
        <source>ลบการประชุม…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="99" />
        <source>ข้อมูลการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="108" />
        <source>ผลิตภัณฑ์ในวาระ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="117" />
        <source>เอกสารประกอบการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="143" />
        <source>ย้อนการแก้ไข</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/meetings_tab.ui" line="148" />
        <source>บันทึก</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberActionsView</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="163" />
        <source>กิจกรรมที่รับผิดชอบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="202" />
        <source>เลือกสมาชิกเครือข่ายเพื่อดูกิจกรรมที่รับผิดชอบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="207" />
        <source>รับผิดชอบ %1 กิจกรรม ใน %2 ผลิตภัณฑ์ งบประมาณรวม %3 บาท</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/member_actions.py" line="212" />
        <source> · ⚠ เลยกำหนด %1 กิจกรรม</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/network/editor.py" line="81" />
        <source>สมาชิกใหม่</source>
        <translation>New member</translation>
    </message>
</context>
<context>
    <name>NetworkMemberEditor</name>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="6" />
        <location filename="../../forms/network_member_editor.ui" line="12" />
        <source>สมาชิกเครือข่าย</source>
        <translation>Network member</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="27" />
        <source>ชื่อ *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="47" />
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="67" />
        <source>หน่วยงาน/สังกัด</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="87" />
        <source>ความเชี่ยวชาญ</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="117" />
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="127" />
        <source>เช่น 042-835-223</source>
        <translation>e.g. 042-835-223</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="141" />
        <source>อีเมล</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="175" />
        <source>ลบ…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="189" />
        <source>ยกเลิกการแก้ไข</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../forms/network_member_editor.ui" line="196" />
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>NetworkMembersModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="37" />
        <source>ชื่อ</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="38" />
        <source>ประเภท</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="39" />
        <source>หน่วยงาน/สังกัด</source>
        <translation>Organization</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="40" />
        <source>ความเชี่ยวชาญ</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="41" />
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/model.py" line="42" />
        <source>อีเมล</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>NetworkTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="72" />
        <source>เครือข่าย KBO</source>
        <translation>KBO network</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="77" />
        <source>กรองตามชื่อ หน่วยงาน ความเชี่ยวชาญ…</source>
        <translation>Filter by name, organization, expertise…</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="79" />
        <source>ทุกประเภท</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="111" />
        <source>เลิกทำการลบ</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="116" />
        <source>เพิ่มสมาชิก</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="157" />
        <source>ยังบันทึกไม่ได้: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="162" />
        <source>บันทึก "%1" แล้ว</source>
        <translation>Saved "%1"</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="183" />
        <source>ลบสมาชิกเครือข่าย</source>
        <translation>Delete network member</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="184" />
        <source>ลบ "%1" ออกจากเครือข่ายหรือไม่ (เลิกทำได้)</source>
        <translation>Delete "%1" from the network? (You can undo this.)</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="190" />
        <source>ลบ "%1" แล้ว</source>
        <translation>Deleted "%1"</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="206" />
        <source>เลิกทำการลบแล้ว</source>
        <translation>Delete undone</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="246" />
        <source>สมาชิกใหม่</source>
        <translation>New member</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/network/tab.py" line="256" />
        <source>แสดง %1 จาก %2 รายการ</source>
        <translation>Showing %1 of %2</translation>
    </message>
</context>
<context>
    <name>ObservationsModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="56" />
        <source>กิจกรรมตามแผน (สถานะล่าสุด)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="57" />
        <source>สถานะที่พบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="58" />
        <source>คืบหน้า</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="59" />
        <source>บันทึกสิ่งที่พบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/observations.py" line="164" />
        <source> · กำหนด %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PacketPanel</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="107" />
        <source>กำลังสร้างเอกสารประกอบการประชุม…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="115" />
        <source>กำลังยกเลิก…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="135" />
        <source>เปิดเอกสารที่สร้างไม่ได้</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="139" />
        <source>สร้างเอกสารประกอบการประชุมแล้ว %1 หน้า</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="142" />
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="143" />
        <source>สร้างเอกสารไม่สำเร็จ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="146" />
        <source>ยกเลิกการสร้างเอกสารแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="162" />
        <source>บันทึกเอกสารประกอบการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="162" />
        <source>เอกสาร PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="171" />
        <source>บันทึกแฟ้ม %1 ไม่ได้: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="172" />
        <source>บันทึกไม่สำเร็จ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="174" />
        <source>บันทึกเอกสารที่ %1 แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="186" />
        <source>พิมพ์เอกสารประกอบการประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="193" />
        <source>พิมพ์ไม่สำเร็จ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="193" />
        <source>เครื่องพิมพ์ไม่พร้อมใช้งาน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="197" />
        <source>ส่งเอกสาร %1 หน้าไปยังเครื่องพิมพ์แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/packet_panel.py" line="214" />
        <source>หน้า %1 จาก %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoImporter</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="180" />
        <source>กำลังย่อและเก็บภาพ %1/%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="185" />
        <source>เพิ่มภาพ %1 ภาพ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="187" />
        <source>ข้ามภาพที่มีอยู่แล้ว %1 ภาพ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="141" />
        <source>บันทึกข้อมูลก่อน จึงจะเพิ่มภาพได้</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="152" />
        <source>เพิ่มภาพ %n ภาพ</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="154" />
        <source>ข้ามภาพที่มีอยู่แล้ว %n ภาพ</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="162" />
        <source>เลือกภาพถ่าย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="164" />
        <source>ภาพถ่าย (*.jpg *.jpeg *.png *.webp);;ทุกไฟล์ (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/photo_strip.py" line="175" />
        <source>ลบภาพ “%1” แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/photo_strip.ui" line="86" />
        <source>เพิ่มภาพ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/photo_strip.ui" line="93" />
        <source>ลบภาพ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanningTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="71" />
        <source>ด้าน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="72" />
        <source>ผู้รับผิดชอบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="89" />
        <source>แผนพัฒนา</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="112" />
        <source>บันทึกแผนพัฒนาแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="117" />
        <source>ยกเลิกการแก้ไขแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="197" />
        <source>— ไม่ระบุ —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="200" />
        <source>— ยังไม่ระบุ —</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="235" />
        <source>แผนนี้ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="242" />
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="243" />
        <source>ยังไม่ได้เลือกผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="254" />
        <source>ยังไม่มีแผนพัฒนาของปีงบประมาณ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="268" />
        <source>คัดลอกจากแผนปีงบประมาณ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="269" />
        <source>ไม่มีแผนของปีงบประมาณ %1 ให้คัดลอก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="302" />
        <source>สร้างแผนใหม่แล้ว กรอกชื่อแผนและกิจกรรมแล้วกดบันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="315" />
        <source>คัดลอกแผนปีงบประมาณ %1 แล้ว (%2 กิจกรรม) ตรวจทานแล้วกดบันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="338" />
        <source>ลบกิจกรรม "%1" แล้ว กด Ctrl+Z หรือปุ่มเรียกคืนเพื่อนำกลับมา</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/tab.py" line="381" />
        <source>ยังบันทึกไม่ได้: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanningTabForm</name>
    <message>
        <location filename="../../forms/planning_tab.ui" line="23" />
        <source>เลือกผลิตภัณฑ์จากรายการทางซ้าย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="24" />
        <source>ปี&amp;งบประมาณ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="25" />
        <source>ปีงบประมาณ (พ.ศ.) เริ่ม 1 ต.ค. ของปีก่อนหน้า</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="27" />
        <source>&amp;บันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="27" />
        <source>บันทึกแผนและกิจกรรม (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="28" />
        <source>ยกเลิกการแก้ไข</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="28" />
        <source>ทิ้งการแก้ไขที่ยังไม่ได้บันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="38" />
        <source>สร้างแ&amp;ผนใหม่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="39" />
        <source>&amp;คัดลอกแผนปีที่แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="39" />
        <source>เริ่มจากแผนปีงบประมาณก่อนหน้า: วันที่เลื่อนไปหนึ่งปี สถานะเริ่มใหม่ที่ยังไม่เริ่ม 0%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="52" />
        <source>ชื่อแ&amp;ผน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="55" />
        <source>เช่น ยกระดับผ้าย้อมครามสู่ 4 ดาว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="59" />
        <source>เป้า&amp;หมาย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="65" />
        <source>ความคืบหน้ารวมของแผน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="71" />
        <source>เพิ่ม&amp;กิจกรรม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="71" />
        <source>เพิ่มกิจกรรมใหม่ (Insert ในตาราง)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="72" />
        <source>ลบกิจกรรม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="72" />
        <source>ลบกิจกรรมที่เลือก (Delete ในตาราง)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="73" />
        <source>เรียกคืน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="73" />
        <source>เรียกคืนกิจกรรมที่ลบล่าสุด (Ctrl+Z ในตาราง)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="77" />
        <source>กิจกรรมตามแผน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="81" />
        <source>งบประมาณตามด้าน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/planning_tab.ui" line="82" />
        <source>งบประมาณตามผู้รับผิดชอบ</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="28" />
        <source>ตั้งค่า</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="37" />
        <source> พอยต์</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="39" />
        <source>การเปลี่ยนภาษาจะมีผลเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>A new language takes effect the next time the program starts.</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="43" />
        <source>ภาษา</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="44" />
        <source>ขนาดตัวอักษร</source>
        <translation>Font size</translation>
    </message>
</context>
<context>
    <name>ProducerEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="149" />
        <source>ยกเลิกการแก้ไขแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="186" />
        <source>บันทึก “%1” แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="202" />
        <source>ยังบันทึกไม่ได้ กรุณาแก้ไขช่องที่มีเครื่องหมาย ⚠</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="204" />
        <source>(รวมถึงในหน้าผลิตภัณฑ์)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="247" />
        <source>ผู้ผลิตรายใหม่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="249" />
        <source>● มีการแก้ไขที่ยังไม่ได้บันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="336" />
        <source>(ไม่มีชื่อ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="339" />
        <source>ลบผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="340" />
        <source>ลบผลิตภัณฑ์ “%1” พร้อมมาตรฐาน ผลการวิเคราะห์ แผนพัฒนา และภาพถ่ายหรือไม่?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/producer_editor.py" line="347" />
        <source>ลบผลิตภัณฑ์ “%1” แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="21" />
        <source>ผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="45" />
        <source>ข้อมูลผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="81" />
        <source>ชื่อกลุ่ม/ผู้ผลิต *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="94" />
        <source>ประเภทผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="107" />
        <source>เลขทะเบียน OTOP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="120" />
        <source>ผู้ติดต่อ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="133" />
        <source>โทรศัพท์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="143" />
        <source>เช่น 081-234-5678</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="150" />
        <source>จำนวนสมาชิก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="163" />
        <source>ไม่ระบุ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="166" />
        <source> คน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="175" />
        <source>ที่อยู่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="187" />
        <source>บ้านเลขที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="202" />
        <source>หมู่ที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="221" />
        <source>หมู่บ้าน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="234" />
        <source>จังหวัด</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="251" />
        <source>อำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="268" />
        <source>ตำบล</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="285" />
        <source>รหัสไปรษณีย์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="308" />
        <source>หมายเหตุ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="327" />
        <source>ภาพถ่ายผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="353" />
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="357" />
        <source>0,1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="388" />
        <source>เพิ่มผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="395" />
        <source>ลบผลิตภัณฑ์…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="456" />
        <source>ยกเลิกการแก้ไข</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="459" />
        <source>กลับไปเป็นข้อมูลที่บันทึกไว้ล่าสุด</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="466" />
        <source>บันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producer_editor.ui" line="469" />
        <source>บันทึก (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProducerListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="52" />
        <source>ชื่อผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="53" />
        <source>อำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="54" />
        <source>ตำบล</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="55" />
        <source>ผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="56" />
        <source>ประเภท</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="57" />
        <source>ดาว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="58" />
        <source>กลุ่ม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="59" />
        <source>เป้าหมาย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="99" />
        <source>เป็นเป้าหมาย KBO ปีนี้</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/list_model.py" line="120" />
        <source>%n ดาว</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>ProducersTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="80" />
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="210" />
        <location filename="../../forms/producers_tab.ui" line="155" />
        <source>เลิกทำการลบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="102" />
        <location filename="../../forms/producers_tab.ui" line="6" />
        <source>ผู้ผลิต/ผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="127" />
        <source>ลบผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="129" />
        <source>ลบ “%1” พร้อมผลิตภัณฑ์ มาตรฐาน แผนพัฒนา บันทึกการลงพื้นที่ และภาพถ่ายทั้งหมดหรือไม่?
ลบแล้วยังกด “เลิกทำการลบ” ได้</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="136" />
        <source>ลบ “%1” แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="150" />
        <source>%n ราย</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="194" />
        <source>เลิกทำแล้ว: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="207" />
        <source>เลิกทำ: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="221" />
        <source>ยังไม่ได้บันทึก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/tab.py" line="222" />
        <source>ข้อมูลผู้ผลิตที่แก้ไขยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="48" />
        <source>ค้นหาชื่อผู้ผลิต ผลิตภัณฑ์ ตำบล หรือผู้ติดต่อ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="58" />
        <source>อำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="65" />
        <source>ประเภทผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="72" />
        <source>ระดับดาว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="79" />
        <source>กลุ่มผลิตภัณฑ์ (Quadrant)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="86" />
        <source>เฉพาะเป้าหมาย KBO ปีนี้</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="162" />
        <source>×</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="165" />
        <source>ซ่อน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="180" />
        <source>เพิ่มผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/producers_tab.ui" line="187" />
        <source>ลบผู้ผลิต…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductCheckModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/meetings/agenda_products.py" line="157" />
        <source>  ★ เป้าหมาย KBO</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductEditor</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="71" />
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="74" />
        <location filename="../../forms/product_editor.ui" line="86" />
        <source>ไม่ระบุ</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="76" />
        <source>%n ดาว</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="258" />
        <source>ลบมาตรฐาน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="259" />
        <source>ลบมาตรฐาน “%1” ของผลิตภัณฑ์นี้หรือไม่?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_editor.py" line="265" />
        <source>ลบมาตรฐาน “%1” แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="29" />
        <source>ชื่อผลิตภัณฑ์ *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="42" />
        <source>ประเภท</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="55" />
        <source>ระดับดาว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="70" />
        <source>ปีที่ได้รับ (พ.ศ.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="108" />
        <source>กลุ่ม (Quadrant)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="121" />
        <source>ราคา (บาท)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="134" />
        <source>ยอดขายต่อปี (บาท)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="147" />
        <source>ช่องทางจำหน่าย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="157" />
        <source>คั่นด้วยจุลภาค เช่น หน้าร้าน, Facebook, งาน OTOP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="164" />
        <source>รายละเอียด</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="184" />
        <source>เป็นเป้าหมายพัฒนา KBO ปีนี้</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="193" />
        <source>มาตรฐานและการรับรอง</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="223" />
        <source>เพิ่มมาตรฐาน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="230" />
        <source>ลบมาตรฐาน…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="261" />
        <source>มาตรฐาน</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="274" />
        <source>เลขที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="287" />
        <source>สถานะ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="300" />
        <source>วันที่ออก</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="313" />
        <source>วันหมดอายุ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/product_editor.ui" line="342" />
        <source>ภาพถ่ายผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/producers/product_list_model.py" line="63" />
        <source>(ผลิตภัณฑ์ใหม่ ยังไม่มีชื่อ)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/product_picker.py" line="133" />
        <source>ทุกประเภท</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/product_picker.py" line="153" />
        <source>ทุกอำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/product_picker.py" line="204" />
        <source>แสดง %1 จาก %2 ผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProductPickerForm</name>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="13" />
        <source>&amp;ค้นหาผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="19" />
        <source>ชื่อผลิตภัณฑ์ ผู้ผลิต หรืออำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="25" />
        <source>กรองตามอำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="26" />
        <source>อำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="31" />
        <source>กรองตามประเภทผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="32" />
        <source>ประเภทผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/analysis_product_picker.ui" line="37" />
        <source>รายการผลิตภัณฑ์</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReminderListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="162" />
        <source>ติดตาม %1 (อ.%2) — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="169" />
        <source>กิจกรรม “%1” — %2 — %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../kbo_desktop/ui/search/panel.py" line="37" />
        <source>ค้นหาผู้ผลิต ผลิตภัณฑ์ แผน บันทึก… (Ctrl+F)</source>
        <translation>Search producers, products, plans, notes… (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>SearchDock</name>
    <message>
        <location filename="../../kbo_desktop/ui/search/panel.py" line="82" />
        <source>ผลการค้นหา</source>
        <translation>Search results</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kbo_desktop/ui/search/panel.py" line="102" />
        <source>ผลการค้นหา (%n รายการ)</source>
        <translation>
            <numerusform>Search results (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/search/model.py" line="105" />
        <source>รายการ</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/search/model.py" line="107" />
        <source>ข้อความที่พบ</source>
        <translation>Matching text</translation>
    </message>
</context>
<context>
    <name>SwotGroupModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/swot_model.py" line="65" />
        <source>(ยังไม่มีข้อความ)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="95" />
        <source>งบประมาณ (บาท)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/planning/totals_model.py" line="101" />
        <source>รวม</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/form.py" line="269" />
        <source>ประวัติการติดตาม (เลือกกิจกรรมทางซ้าย)</source>
        <extracomment>How long after the last keystroke the draft is written.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/form.py" line="367" />
        <source>ประวัติการติดตาม: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/form.py" line="373" />
        <source>เลือกภาพถ่าย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/form.py" line="375" />
        <source>ภาพถ่าย (*.jpg *.jpeg *.png *.webp);;ทุกไฟล์ (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="16" />
        <source>ผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="22" />
        <source>พิมพ์บางส่วนของชื่อผู้ผลิตเพื่อค้นหา</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="26" />
        <source>วันที่ลงพื้นที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="30" />
        <source>เจ้าหน้าที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="34" />
        <source>ชื่อ (ตำแหน่ง), คั่นหลายคนด้วยจุลภาค</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="38" />
        <source>วัตถุประสงค์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="42" />
        <source>ติดตามครั้งถัดไป</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="46" />
        <source>พิกัด</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="50" />
        <source>ละติจูด, ลองจิจูด เช่น 17.48, 101.72</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="57" />
        <source>ผลการลงพื้นที่ / สิ่งที่พบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="59" />
        <source>ข้อเสนอแนะ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="68" />
        <source>color: #b00020;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="80" />
        <source>ความคืบหน้าตามแผนที่พบ (ติ๊กกิจกรรมที่ติดตาม แล้วกรอกสถานะ ความคืบหน้า และสิ่งที่พบ)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="97" />
        <source>ประวัติการติดตาม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="111" />
        <source>ภาพถ่าย — ติ๊ก ✓ ภาพที่จะใส่ในเอกสารประชุม ดับเบิลคลิกเพื่อแก้คำบรรยาย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="132" />
        <source>เพิ่มภาพ…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="133" />
        <source>ลบภาพ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="137" />
        <source>พิมพ์บันทึก (PDF)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="138" />
        <source>เก็บเป็นร่าง</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="138" />
        <source>เก็บสิ่งที่กรอกไว้ทำต่อภายหลัง แม้ยังกรอกไม่ครบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="139" />
        <source>ยกเลิกการแก้ไข</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visit_form.ui" line="140" />
        <source>บันทึก</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="50" />
        <source>วันที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="51" />
        <source>ผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="52" />
        <source>อำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="53" />
        <source>เจ้าหน้าที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="54" />
        <source>วัตถุประสงค์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="55" />
        <source>ติดตามครั้งถัดไป</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/list_model.py" line="133" />
        <source>ร่าง</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitPhotoModel</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="92" />
        <source>(ไม่มีคำบรรยาย)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="103" />
        <source>ใส่ในเอกสารประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="103" />
        <source>ไม่ใส่ในเอกสารประชุม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/photos.py" line="109" />
        <source>ถ่ายเมื่อ %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="119" />
        <source>บันทึกลงพื้นที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="137" />
        <source>บันทึกการลงพื้นที่แล้ว และปรับสถานะกิจกรรม %1 รายการ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="164" />
        <source>ลบบันทึกการลงพื้นที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="165" />
        <source>ลบบันทึกการลงพื้นที่นี้พร้อมภาพและความคืบหน้าที่บันทึกไว้หรือไม่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="176" />
        <source>ลบบันทึกการลงพื้นที่แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="184" />
        <source>ทุกอำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="185" />
        <source>ผู้ผลิตทุกราย</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="199" />
        <source>ต้องติดตาม (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="216" />
        <source>มีบันทึกการลงพื้นที่ที่พิมพ์ค้างไว้ %1 รายการ เปิดต่อได้ที่แท็บบันทึกลงพื้นที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="222" />
        <location filename="../../forms/visits_tab.ui" line="17" />
        <source>ต้องติดตาม</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="230" />
        <source>กรุณาบันทึกการลงพื้นที่ก่อนพิมพ์</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="234" />
        <source>บันทึกเป็น PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="236" />
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="269" />
        <source>เก็บร่างไม่สำเร็จ: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="276" />
        <source>เก็บสิ่งที่แก้ไขไว้เป็นร่างแล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="286" />
        <source>ยังไม่ได้เลือกผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="289" />
        <source>พบบันทึกการลงพื้นที่ที่พิมพ์ค้างไว้ (%1, เก็บอัตโนมัติเมื่อ %2 วันที่ %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="358" />
        <source>เก็บเป็นร่างแล้ว เปิดทำต่อได้จากรายการ (✎)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="372" />
        <source>ติดตามผลตามที่นัดไว้</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="381" />
        <source>เปิดร่างที่พิมพ์ค้างไว้แล้ว</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/visits/tab.py" line="394" />
        <source>บันทึก PDF แล้ว: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="26" />
        <source>ดับเบิลคลิกเพื่อเริ่มบันทึกการลงพื้นที่ของผู้ผลิตรายนี้</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="34" />
        <source>อำเภอ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="35" />
        <source>ผู้ผลิต</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="36" />
        <source>เจ้าหน้าที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="39" />
        <source>ตั้งแต่วันที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="40" />
        <source>–</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="41" />
        <source>ถึงวันที่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="57" />
        <source>บันทึกการลงพื้นที่ใหม่</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="59" />
        <source>ลบ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="71" />
        <source>#draftBanner { background: #fff4ce; border: 1px solid #e0b800; }</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="74" />
        <source>เปิดร่างต่อ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../forms/visits_tab.ui" line="75" />
        <source>ทิ้งร่าง</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../kbo_desktop/ui/app.py" line="132" />
        <location filename="../../kbo_desktop/ui/app.py" line="162" />
        <source>KBO Desktop</source>
        <translation>KBO Desktop</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/app.py" line="148" />
        <source>โปรแกรมขัดข้อง</source>
        <translation>KBO Desktop crashed</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/app.py" line="149" />
        <source>เกิดข้อผิดพลาดในโปรแกรม งานที่บันทึกแล้วไม่สูญหาย
กรุณาส่งแฟ้มบันทึกนี้ให้ผู้ดูแล:
%1</source>
        <translation>The program hit an error. Saved work is safe.
Please send this log file to your administrator:
%1</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/app.py" line="194" />
        <source>เปิดฐานข้อมูลไม่ได้</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="59" />
        <source>เกี่ยวกับ KBO Desktop</source>
        <translation>About KBO Desktop</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="60" />
        <source>&lt;h3&gt;KBO Desktop %1&lt;/h3&gt;&lt;p&gt;โปรแกรมบันทึกข้อมูลผู้ผลิต ผลิตภัณฑ์ แผนพัฒนา และการลงพื้นที่ สำหรับเครือข่าย KBO จังหวัด ใช้งานได้โดยไม่ต้องต่ออินเทอร์เน็ต&lt;/p&gt;&lt;p&gt;สัญญาอนุญาต MIT&lt;/p&gt;&lt;p&gt;แบบอักษร Sarabun © 2018 The Sarabun Project Authors (Cadson Demak) สัญญาอนุญาต SIL Open Font License 1.1&lt;/p&gt;&lt;p&gt;ข้อมูลจังหวัด อำเภอ ตำบล และรหัสไปรษณีย์ จาก thai-province-data © 2025 Kongvut Sangkla สัญญาอนุญาต MIT&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KBO Desktop %1&lt;/h3&gt;&lt;p&gt;Records of producers, products, development plans and field visits for provincial KBO networks, working fully offline.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;/p&gt;&lt;p&gt;Sarabun font © 2018 The Sarabun Project Authors (Cadson Demak), SIL Open Font License 1.1&lt;/p&gt;&lt;p&gt;Province, district, subdistrict and postcode data from thai-province-data © 2025 Kongvut Sangkla, MIT licence&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="82" />
        <source>ยังไม่ได้บันทึก</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kbo_desktop/ui/widgets/dialogs.py" line="83" />
        <source>มีการแก้ไข "%1" ที่ยังไม่ได้บันทึก ต้องการบันทึกก่อนหรือไม่</source>
        <translation>"%1" has unsaved changes. Save them first?</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../kbo_desktop/ui/analysis/unsaved.py" line="23" />
        <source>ยังไม่ได้บันทึก</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>