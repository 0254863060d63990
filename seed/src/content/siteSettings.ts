/** The localized fields of the `site-settings` global; rich text as plain paragraphs. */
export type LocalizedSettings = {
  name: string
  pressBoilerplate: string
  imprint: string[]
  privacy: string[]
  accessibility: string[]
}

/**
 * The association's details. Address, phone and legal texts are examples to replace.
 *
 * Every locale but German is a translation not yet checked by a native speaker (Leichte
 * Sprache: not yet by its readers); see `uncheckedTranslations` in translations.ts. The
 * translated imprint and privacy policy say that the German text is the binding one.
 */
export const siteSettings = {
  shortName: 'DSM',
  address: { street: 'Beispielstraße 12', postalCode: '01067', city: 'Dresden' },
  email: 'kontakt@example.org',
  phone: '+49 351 000 000 00',
  socialLinks: [] as { label: string; url: string }[],
  de: {
    name: 'Dachverband Sächsischer Migrant*innenorganisationen e. V.',
    pressBoilerplate:
      'Der Dachverband Sächsischer Migrant*innenorganisationen e. V. vertritt die Interessen von Migrant*innenorganisationen in ganz Sachsen. Er stärkt ihre Position und Wirkung, fördert ihre Sichtbarkeit und setzt sich für echte Teilhabe auf allen Ebenen ein. (Beispieltext)',
    imprint: [
      'Beispieltext – bitte in den Website-Einstellungen durch die echten Angaben ersetzen.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V., Beispielstraße 12, 01067 Dresden. Vertreten durch den Vorstand. Eingetragen im Vereinsregister des Amtsgerichts Dresden.',
      'Verantwortlich für den Inhalt: der Vorstand, Anschrift wie oben.',
    ],
    privacy: [
      'Beispieltext – bitte durch die geprüfte Datenschutzerklärung des Verbands ersetzen.',
      'Diese Website setzt keine Cookies, bindet keine Inhalte anderer Anbieter ein und lädt Schriften, Bilder und Skripte ausschließlich von diesem Server. Der Webserver speichert technisch notwendige Zugriffsdaten für höchstens sieben Tage.',
      'Presseverteiler: Wenn Sie sich auf der Presseseite für unsere Pressemitteilungen anmelden, speichern wir Ihre E-Mail-Adresse, Ihren Namen, Ihr Medium, die gewählten Sprachen und Themen sowie wann, über welches Formular und mit welcher Fassung des Einwilligungstexts Sie eingewilligt haben. Bestätigen Sie die Anmeldung nicht innerhalb von 48 Stunden über den Link in unserer E-Mail, löschen wir diese Angaben. Nach der Bestätigung verwenden wir sie nur, um Ihnen Pressemitteilungen zu senden. Rechtsgrundlage ist Ihre Einwilligung (Art. 6 Abs. 1 lit. a DSGVO); Sie können sie jederzeit widerrufen.',
      'Wir speichern zu jeder Pressemitteilung, die wir Ihnen senden, wann und in welcher Sprache sie ging. Sind Sie für Pressemitteilungen unter Sperrfrist akkreditiert, bekommen Sie diese vorab mit einem persönlichen Link; wir protokollieren, wann Sie ihn öffnen, damit sich nachvollziehen lässt, wer eine Mitteilung vor Ablauf der Sperrfrist gesehen hat. Diese Versand- und Aufrufdaten löschen wir nach zwölf Monaten. Sie können jederzeit Auskunft über alle Daten verlangen, die wir über Sie gespeichert haben, und ihre vollständige Löschung (Art. 15 und 17 DSGVO); schreiben Sie dazu an die Pressestelle.',
    ],
    accessibility: [
      'Der Verband möchte seine Website barrierefrei zugänglich machen, nach dem Gesetz zur Stärkung der Teilhabe von Menschen mit Behinderungen im Freistaat Sachsen und den Anforderungen der WCAG 2.1 auf Stufe AA.',
      'Die Website ist in neun Sprachfassungen verfügbar, darunter Leichte Sprache. Die Inhalte werden regelmäßig automatisch und von Hand geprüft.',
      'Die Startseite und diese Erklärung gibt es auch als Video in Deutscher Gebärdensprache (DGS), mit Untertiteln und einem Transkript zum Lesen. Das Video startet erst, wenn Sie es abspielen, und lässt sich herunterladen. Noch steht dort ein Beispielvideo mit Testbild; ein echtes Video in Gebärdensprache folgt. (Beispieltext)',
      'Wenn Ihnen Barrieren auffallen, schreiben Sie uns bitte an kontakt@example.org. Wir antworten innerhalb von zwei Wochen. (Beispieltext)',
    ],
  } satisfies LocalizedSettings,
  en: {
    name: 'Umbrella Association of Migrant Organisations in Saxony',
    pressBoilerplate:
      'The Umbrella Association of Migrant Organisations in Saxony represents the interests of migrant organisations throughout Saxony. It strengthens their position and impact, promotes their visibility and advocates genuine participation at all levels. (Example text)',
    imprint: [
      'Example text – please replace with the real details in the site settings.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V., Beispielstraße 12, 01067 Dresden, Germany. Represented by the board. Registered in the register of associations of the Dresden local court.',
      'Responsible for the content: the board, address as above.',
      'This translation is for information only; the German version is legally binding.',
    ],
    privacy: [
      'Example text – please replace with the association’s reviewed privacy policy.',
      'This website sets no cookies, embeds no content from other providers and loads fonts, images and scripts from this server only. The web server keeps technically necessary access data for at most seven days.',
      'Press list: if you sign up for our press releases on the press page, we store your email address, your name, your media outlet, the languages and topics you chose, and when, through which form and with which version of the consent text you gave your consent. If you do not confirm your subscription within 48 hours using the link in our email, we delete these details. Once you have confirmed, we use them only to send you press releases. The legal basis is your consent (Art. 6(1)(a) GDPR, Art. 6 Abs. 1 lit. a DSGVO); you can withdraw it at any time.',
      'For every press release we send you, we store when and in which language it went out. If you are accredited for embargoed press releases, you receive them in advance through a personal link; we log when you open it, so that we can trace who saw a release before its embargo ended. We delete these sending and access records after twelve months. You can at any time ask for information about all the data we have stored about you and for its complete deletion (Art. 15 and 17 GDPR); to do so, write to the press office.',
      'This translation is for information only; the German version is legally binding.',
    ],
    accessibility: [
      'The association wants its website to be accessible, in line with the Saxon law on the participation of people with disabilities and the requirements of WCAG 2.1 level AA.',
      'The website is available in nine language versions, including easy-to-read German. Its content is checked regularly, automatically and by hand.',
      'The home page and this statement are also available as a video in German Sign Language (DGS), with captions and a transcript to read. The video starts only when you play it, and it can be downloaded. For now an example video with a test pattern stands there; a real sign-language video will follow. (Example text)',
      'If you notice a barrier, please write to kontakt@example.org. We answer within two weeks. (Example text)',
    ],
  } satisfies LocalizedSettings,
  'de-x-ls': {
    name: 'Dach-Verband von Migranten-Organisationen in Sachsen',
    pressBoilerplate:
      'Wir sind der Dach-Verband von Migranten-Organisationen in Sachsen. Migranten-Organisationen sind Vereine und Gruppen von Migranten. Wir sprechen für diese Vereine in ganz Sachsen. Wir machen sie stark. Wir sorgen dafür: Viele Menschen sehen ihre Arbeit. Und wir setzen uns dafür ein: Migranten können überall mit-bestimmen. Das ist ein Beispiel-Text.',
    imprint: [
      'Das ist ein Beispiel-Text. Die Redaktion schreibt hier später die echten Angaben hin.',
      'Hier steht: Wer hat diese Internet-Seite gemacht?',
      'Diese Internet-Seite ist von unserem Verein. Unser Verein hat einen langen Namen. Der Name ist: Dachverband Sächsischer Migrant*innenorganisationen e. V.',
      'Die Adresse ist: Beispielstraße 12, 01067 Dresden.',
      'Der Vorstand leitet den Verein. Der Vorstand ist auch für die Texte auf dieser Internet-Seite verantwortlich.',
      'Unser Verein steht im Vereins-Register. Das ist eine Liste von allen Vereinen. Die Liste ist beim Amts-Gericht in Dresden.',
      'Das ist eine Übersetzung in Leichte Sprache. Vor Gericht gilt nur der Text in schwerer Sprache.',
    ],
    privacy: [
      'Das ist ein Beispiel-Text. Die Redaktion schreibt hier später den geprüften Text hin.',
      'Daten-Schutz heißt: Wir passen gut auf Ihre Daten auf. Daten sind zum Beispiel Ihr Name. Oder die Adresse von Ihrem Computer im Internet.',
      'Diese Internet-Seite speichert keine Cookies. Cookies sind kleine Dateien auf Ihrem Computer.',
      'Wir zeigen auf unserer Seite nichts von anderen Firmen. Schriften, Bilder und Programme kommen nur von unserem eigenen Computer. Dieser Computer heißt: Server.',
      'Der Server speichert ein paar Daten über Ihren Besuch. Die Technik braucht diese Daten. Nach spätestens 7 Tagen löschen wir die Daten.',
      'Presse-Verteiler: Sie können unsere Texte für die Presse per E-Mail bekommen. Dafür melden Sie sich auf unserer Presse-Seite an. Dann speichern wir Ihre E-Mail-Adresse und Ihren Namen. Wir speichern auch Ihre Zeitung oder Ihren Sender. Und wir speichern Ihre Sprachen und Ihre Themen. Wir speichern auch: Wann waren Sie einverstanden? Mit welchem Formular? Und mit welchem Text für die Zustimmung? Danach bekommen Sie eine E-Mail mit einem Link. Bitte klicken Sie in den nächsten 48 Stunden auf den Link. Klicken Sie nicht auf den Link? Dann löschen wir Ihre Daten. Nach dem Klick benutzen wir Ihre Daten nur für eine Sache. Wir schicken Ihnen dann Texte für die Presse. Wir dürfen Ihre Daten nur mit Ihrer Zustimmung benutzen. Sie können Ihre Zustimmung jederzeit zurücknehmen.',
      'Wir schicken Ihnen Texte für die Presse. Wir speichern bei jedem Text: Wann haben wir Ihnen den Text geschickt? Und in welcher Sprache? Manche Texte haben eine Sperr-Frist. Sperr-Frist heißt: Sie bekommen den Text schon früher. Aber Sie dürfen den Text erst an einem bestimmten Tag zeigen. Haben wir Sie für Texte mit Sperr-Frist zugelassen? Dann bekommen Sie diese Texte schon früher. Sie bekommen dafür einen Link nur für Sie. Wir speichern: Wann öffnen Sie den Link? So sehen wir später: Wer hat den Text zu früh gelesen? Nach 12 Monaten löschen wir diese Daten.',
      'Sie können uns jederzeit fragen: Welche Daten haben Sie über mich gespeichert? Dann bekommen Sie eine Antwort mit allen Daten über Sie. Sie können auch sagen: Bitte löschen Sie alle meine Daten. Dann löschen wir alle Ihre Daten. Das steht in einem Gesetz. Das Gesetz heißt: Daten-Schutz-Grund-Verordnung. Bitte schreiben Sie dafür an unsere Presse-Stelle.',
      'Das ist eine Übersetzung in Leichte Sprache. Vor Gericht gilt nur der Text in schwerer Sprache.',
    ],
    accessibility: [
      'Barriere-Freiheit heißt: Alle Menschen können unsere Internet-Seite gut benutzen. Auch Menschen mit Behinderungen.',
      'Das wollen wir erreichen. In Sachsen gibt es dafür ein Gesetz. Und es gibt Regeln für gute Internet-Seiten. Die Regeln heißen: WCAG 2.1. Wir wollen die Stufe AA schaffen.',
      'Unsere Internet-Seite gibt es in 9 Sprachen. Eine davon ist Leichte Sprache. Wir prüfen die Seite oft. Das machen Computer-Programme und Menschen.',
      'Die Start-Seite gibt es auch als Video in Deutscher Gebärden-Sprache. Diese Seite über Barriere-Freiheit gibt es auch als Video. Die Videos haben Unter-Titel. Und es gibt einen Text zum Video. Den Text können Sie lesen. Die Videos starten nicht von allein. Sie starten ein Video selbst. Sie können die Videos auch herunter-laden. Im Moment gibt es nur ein Beispiel-Video mit einem Test-Bild. Bald gibt es ein echtes Video in Gebärden-Sprache. Das ist ein Beispiel-Text.',
      'Finden Sie ein Problem auf unserer Seite? Dann schreiben Sie uns bitte eine E-Mail. Unsere E-Mail-Adresse ist: kontakt@example.org. Sie bekommen in 2 Wochen eine Antwort. Das ist ein Beispiel-Text.',
    ],
  } satisfies LocalizedSettings,
  ar: {
    name: 'الاتحاد الجامع لمنظمات المهاجرين في ساكسونيا',
    pressBoilerplate:
      'يمثّل الاتحاد الجامع لمنظمات المهاجرين في ساكسونيا مصالح منظمات المهاجرين في جميع أنحاء ساكسونيا. ويعزّز مكانتها وتأثيرها، ويدعم ظهورها في المجتمع، ويعمل من أجل مشاركة حقيقية على جميع المستويات. (نص توضيحي)',
    imprint: [
      'نص توضيحي – يُرجى استبداله بالبيانات الحقيقية في إعدادات الموقع.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V.، Beispielstraße 12، 01067 Dresden، ألمانيا. يمثّله مجلس الإدارة. مسجّل في سجل الجمعيات لدى المحكمة المحلية في دريسدن.',
      'المسؤول عن المحتوى: مجلس الإدارة، على العنوان المذكور أعلاه.',
      'هذه الترجمة للاطلاع فقط؛ النسخة الألمانية وحدها هي الملزمة قانونًا.',
    ],
    privacy: [
      'نص توضيحي – يُرجى استبداله بسياسة الخصوصية المعتمدة لدى الاتحاد.',
      'لا يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز)، ولا يدمج محتوى من مزوّدين آخرين، ويحمّل الخطوط والصور والبرامج النصية من هذا الخادم فقط. ويحتفظ خادم الويب ببيانات الوصول الضرورية تقنيًا لمدة سبعة أيام على الأكثر.',
      'القائمة البريدية الصحفية: إذا اشتركتم في بياناتنا الصحفية عبر صفحة الصحافة، نحفظ عنوان بريدكم الإلكتروني واسمكم ووسيلتكم الإعلامية واللغات والمواضيع التي اخترتموها، وكذلك متى وعبر أي نموذج وبأي نسخة من نص الموافقة أعطيتم موافقتكم. وإذا لم تؤكدوا الاشتراك خلال 48 ساعة عبر الرابط الموجود في رسالتنا الإلكترونية، نحذف هذه المعلومات. وبعد التأكيد لا نستخدمها إلا لإرسال البيانات الصحفية إليكم. والأساس القانوني لذلك هو موافقتكم (المادة 6، الفقرة 1، البند أ من اللائحة العامة لحماية البيانات، Art. 6 Abs. 1 lit. a DSGVO)؛ ويمكنكم سحبها في أي وقت.',
      'نحفظ عن كل بيان صحفي نرسله إليكم متى أُرسل وبأي لغة. وإذا كنتم معتمدين لتلقي البيانات الصحفية الخاضعة لحظر النشر، تصلكم هذه البيانات الصحفية مسبقًا عبر رابط شخصي؛ ونسجّل متى تفتحونه، لكي يمكن التحقق ممن اطّلع على بيان صحفي قبل انتهاء حظر النشر. ونحذف بيانات الإرسال والفتح هذه بعد اثني عشر شهرًا. ويمكنكم في أي وقت أن تطلبوا معلومات عن جميع البيانات التي حفظناها عنكم، وأن تطلبوا حذفها بالكامل (المادتان 15 و17 من اللائحة العامة لحماية البيانات)؛ ولهذا الغرض راسلوا مكتبنا الصحفي.',
      'هذه الترجمة للاطلاع فقط؛ النسخة الألمانية وحدها هي الملزمة قانونًا.',
    ],
    accessibility: [
      'يسعى الاتحاد إلى أن يكون موقعه الإلكتروني متاحًا للجميع دون عوائق، وفقًا لقانون ولاية ساكسونيا الحرة لتعزيز مشاركة الأشخاص ذوي الإعاقة، ولمتطلبات المستوى AA من إرشادات WCAG 2.1.',
      'يتوفر الموقع بتسع نسخ لغوية، منها الألمانية المبسّطة (Leichte Sprache). ويُفحص محتواه بانتظام، آليًا ويدويًا.',
      'تتوفر الصفحة الرئيسية وهذا البيان أيضًا على شكل فيديو بلغة الإشارة الألمانية (DGS)، مع ترجمة نصية وتفريغ نصي للقراءة. لا يبدأ الفيديو إلا عندما تشغّلونه، ويمكن تنزيله. يوجد هناك حاليًا فيديو نموذجي بصورة اختبار، وسيحلّ محلّه لاحقًا فيديو حقيقي بلغة الإشارة. (نص توضيحي)',
      'إذا لاحظتم عائقًا، يُرجى مراسلتنا على kontakt@example.org. نردّ خلال أسبوعين. (نص توضيحي)',
    ],
  } satisfies LocalizedSettings,
  fa: {
    name: 'اتحادیهٔ سازمان‌های مهاجران در زاکسن',
    pressBoilerplate:
      'اتحادیهٔ سازمان‌های مهاجران در زاکسن نمایندهٔ منافع سازمان‌های مهاجران در سراسر زاکسن است. این اتحادیه جایگاه و اثرگذاری آن‌ها را تقویت می‌کند، به دیده‌شدنشان کمک می‌کند و برای مشارکت واقعی در همهٔ سطوح تلاش می‌کند. (متن نمونه)',
    imprint: [
      'متن نمونه – لطفاً در تنظیمات وب‌سایت اطلاعات واقعی را جایگزین آن کنید.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V.، Beispielstraße 12، 01067 Dresden، آلمان. به نمایندگی هیئت‌مدیره. ثبت‌شده در دفتر ثبت انجمن‌های دادگاه بخش درسدن.',
      'مسئول محتوا: هیئت‌مدیره، به همان نشانی بالا.',
      'این ترجمه تنها برای آگاهی است؛ فقط نسخهٔ آلمانی از نظر حقوقی معتبر است.',
    ],
    privacy: [
      'متن نمونه – لطفاً سیاست حریم خصوصی تأییدشدهٔ اتحادیه را جایگزین آن کنید.',
      'این وب‌سایت هیچ کوکی‌ای ذخیره نمی‌کند، محتوایی از ارائه‌دهندگان دیگر در خود جای نمی‌دهد و فونت‌ها، تصاویر و اسکریپت‌ها را فقط از همین سرور بارگیری می‌کند. سرور وب داده‌های دسترسی را که از نظر فنی لازم‌اند حداکثر هفت روز نگه می‌دارد.',
      'فهرست پستی مطبوعاتی: اگر در صفحهٔ مطبوعات برای دریافت بیانیه‌های مطبوعاتی ما ثبت‌نام کنید، نشانی ایمیل، نام و رسانهٔ شما، زبان‌ها و موضوع‌هایی را که انتخاب کرده‌اید، و همچنین اینکه چه زمانی، از طریق کدام فرم و با کدام نسخه از متن موافقت، موافقت خود را اعلام کرده‌اید ذخیره می‌کنیم. اگر ثبت‌نام را ظرف ۴۸ ساعت از طریق پیوند موجود در ایمیل ما تأیید نکنید، این اطلاعات را حذف می‌کنیم. پس از تأیید، از آن‌ها فقط برای فرستادن بیانیه‌های مطبوعاتی به شما استفاده می‌کنیم. مبنای قانونی این کار موافقت شماست (بند الف، پاراگراف ۱، مادهٔ ۶ مقررات عمومی حفاظت از داده‌ها، Art. 6 Abs. 1 lit. a DSGVO)؛ می‌توانید آن را هر زمان پس بگیرید.',
      'برای هر بیانیهٔ مطبوعاتی که برایتان می‌فرستیم، ذخیره می‌کنیم که چه زمانی و به چه زبانی فرستاده شده است. اگر برای دریافت بیانیه‌های مشمول ممنوعیت انتشار اعتبارنامه دارید، این بیانیه‌ها را از پیش با یک پیوند شخصی دریافت می‌کنید؛ ثبت می‌کنیم که چه زمانی آن را باز می‌کنید تا بتوان پیگیری کرد چه کسی یک بیانیه را پیش از پایان ممنوعیت انتشار دیده است. این داده‌های مربوط به ارسال و بازدید را پس از دوازده ماه حذف می‌کنیم. می‌توانید هر زمان دربارهٔ همهٔ داده‌هایی که از شما ذخیره کرده‌ایم اطلاعات بخواهید و حذف کامل آن‌ها را درخواست کنید (مواد ۱۵ و ۱۷ مقررات عمومی حفاظت از داده‌ها)؛ برای این کار به دفتر مطبوعاتی ما بنویسید.',
      'این ترجمه تنها برای آگاهی است؛ فقط نسخهٔ آلمانی از نظر حقوقی معتبر است.',
    ],
    accessibility: [
      'اتحادیه می‌خواهد وب‌سایت خود را بدون مانع در دسترس همگان قرار دهد، مطابق قانون تقویت مشارکت افراد دارای معلولیت در ایالت آزاد زاکسن و الزامات سطح AA در WCAG 2.1.',
      'وب‌سایت به نُه زبان در دسترس است، از جمله آلمانی ساده (Leichte Sprache). محتوای آن به‌طور منظم، هم خودکار و هم دستی، بررسی می‌شود.',
      'صفحهٔ خانه و همین بیانیه به‌صورت ویدیو به زبان اشارهٔ آلمانی (DGS) نیز در دسترس‌اند، همراه با زیرنویس و متن ویدیو برای خواندن. ویدیو فقط وقتی شروع می‌شود که خودتان آن را پخش کنید و می‌توان آن را دانلود کرد. فعلاً در آنجا یک ویدیوی نمونه با تصویر تست قرار دارد؛ ویدیوی واقعی به زبان اشاره بعداً جایگزین آن می‌شود. (متن نمونه)',
      'اگر به مانعی برخوردید، لطفاً به نشانی kontakt@example.org برای ما بنویسید. ما ظرف دو هفته پاسخ می‌دهیم. (متن نمونه)',
    ],
  } satisfies LocalizedSettings,
  uk: {
    name: 'Об’єднання організацій мігрантів у Саксонії',
    pressBoilerplate:
      'Об’єднання організацій мігрантів у Саксонії представляє інтереси організацій мігрантів по всій Саксонії. Воно зміцнює їхнє становище та вплив, сприяє їхній помітності й виступає за справжню участь на всіх рівнях. (Приклад тексту)',
    imprint: [
      'Приклад тексту – будь ласка, замініть його справжніми даними в налаштуваннях сайту.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V., Beispielstraße 12, 01067 Dresden, Німеччина. Представлене правлінням. Зареєстроване в реєстрі об’єднань дільничного суду Дрездена.',
      'Відповідальне за зміст: правління, адреса як вище.',
      'Цей переклад має лише інформаційний характер; юридичну силу має тільки німецька версія.',
    ],
    privacy: [
      'Приклад тексту – будь ласка, замініть його перевіреною політикою конфіденційності об’єднання.',
      'Цей сайт не встановлює файлів cookie, не вбудовує вмісту інших постачальників і завантажує шрифти, зображення та скрипти лише з цього сервера. Вебсервер зберігає технічно необхідні дані про доступ щонайбільше сім днів.',
      'Прес-розсилка: якщо ви підписуєтеся на наші прес-релізи на сторінці «Преса», ми зберігаємо вашу електронну адресу, ім’я, назву вашого ЗМІ, вибрані мови й теми, а також те, коли, через яку форму і з якою версією тексту згоди ви надали свою згоду. Якщо ви не підтвердите підписку протягом 48 годин за посиланням у нашому електронному листі, ми видалимо ці дані. Після підтвердження ми використовуємо їх лише для того, щоб надсилати вам прес-релізи. Правовою підставою є ваша згода (пункт «a» частини 1 статті 6 GDPR, Art. 6 Abs. 1 lit. a DSGVO); ви можете будь-коли її відкликати.',
      'Щодо кожного прес-релізу, який ми вам надсилаємо, ми зберігаємо відомості про те, коли і якою мовою його надіслано. Якщо ви акредитовані для отримання прес-релізів під ембарго, ви отримуєте їх заздалегідь за персональним посиланням; ми фіксуємо, коли ви його відкриваєте, щоб можна було встановити, хто бачив прес-реліз до закінчення ембарго. Ці дані про надсилання та відкриття посилань ми видаляємо через дванадцять місяців. Ви можете будь-коли запросити інформацію про всі дані, які ми про вас зберігаємо, і вимагати їх повного видалення (статті 15 і 17 GDPR); для цього напишіть нашій прес-службі.',
      'Цей переклад має лише інформаційний характер; юридичну силу має тільки німецька версія.',
    ],
    accessibility: [
      'Об’єднання прагне зробити свій вебсайт доступним відповідно до саксонського Закону про посилення участі людей з інвалідністю та вимог WCAG 2.1 рівня AA.',
      'Сайт доступний у дев’яти мовних версіях, зокрема легкою німецькою мовою (Leichte Sprache). Його вміст регулярно перевіряють автоматично й вручну.',
      'Головна сторінка й ця заява доступні також у вигляді відео німецькою жестовою мовою (DGS) із субтитрами та розшифровкою для читання. Відео запускається лише тоді, коли ви його відтворюєте, і його можна завантажити. Поки що там розміщено приклад відео з тестовим зображенням; справжнє відео жестовою мовою з’явиться згодом. (Приклад тексту)',
      'Якщо ви помітили бар’єр, напишіть нам, будь ласка, на kontakt@example.org. Ми відповідаємо протягом двох тижнів. (Приклад тексту)',
    ],
  } satisfies LocalizedSettings,
  ru: {
    name: 'Объединение организаций мигрантов в Саксонии',
    pressBoilerplate:
      'Объединение организаций мигрантов в Саксонии представляет интересы организаций мигрантов по всей Саксонии. Оно укрепляет их положение и влияние, делает их работу заметнее и выступает за подлинное участие на всех уровнях. (Пример текста)',
    imprint: [
      'Пример текста – пожалуйста, замените его настоящими данными в настройках сайта.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V., Beispielstraße 12, 01067 Dresden, Германия. Представлено правлением. Зарегистрировано в реестре объединений участкового суда Дрездена.',
      'Ответственный за содержание: правление, адрес указан выше.',
      'Этот перевод носит лишь информационный характер; юридическую силу имеет только немецкая версия.',
    ],
    privacy: [
      'Пример текста – пожалуйста, замените его проверенной политикой конфиденциальности объединения.',
      'Этот сайт не устанавливает файлы cookie, не встраивает содержимое других поставщиков и загружает шрифты, изображения и скрипты только с этого сервера. Веб-сервер хранит технически необходимые данные о доступе не более семи дней.',
      'Пресс-рассылка: если вы подписываетесь на наши пресс-релизы на странице «Пресса», мы храним ваш адрес электронной почты, имя, название вашего СМИ, выбранные языки и темы, а также сведения о том, когда, через какую форму и с какой версией текста согласия вы дали своё согласие. Если вы не подтвердите подписку в течение 48 часов по ссылке в нашем письме, мы удалим эти данные. После подтверждения мы используем их только для того, чтобы присылать вам пресс-релизы. Правовым основанием является ваше согласие (подпункт «a» пункта 1 статьи 6 GDPR, Art. 6 Abs. 1 lit. a DSGVO); вы можете отозвать его в любое время.',
      'Для каждого пресс-релиза, который мы вам отправляем, мы храним сведения о том, когда и на каком языке он был отправлен. Если вы аккредитованы для получения пресс-релизов под эмбарго, вы получаете их заранее по персональной ссылке; мы фиксируем, когда вы её открываете, чтобы можно было установить, кто видел пресс-релиз до окончания эмбарго. Эти данные об отправке и открытии ссылок мы удаляем через двенадцать месяцев. Вы можете в любое время запросить сведения обо всех данных, которые мы о вас храним, и потребовать их полного удаления (статьи 15 и 17 GDPR); для этого напишите в нашу пресс-службу.',
      'Этот перевод носит лишь информационный характер; юридическую силу имеет только немецкая версия.',
    ],
    accessibility: [
      'Объединение стремится сделать свой сайт доступным в соответствии с саксонским Законом об укреплении участия людей с инвалидностью и требованиями WCAG 2.1 уровня AA.',
      'Сайт доступен в девяти языковых версиях, включая немецкий в упрощённой форме (Leichte Sprache). Его содержимое регулярно проверяется автоматически и вручную.',
      'Главная страница и это заявление также доступны в виде видео на немецком жестовом языке (DGS) с субтитрами и расшифровкой для чтения. Видео начинается, только когда вы его запускаете, и его можно скачать. Пока там размещён пример видео с тестовым изображением; настоящее видео на жестовом языке появится позже. (Пример текста)',
      'Если вы заметили барьер, пожалуйста, напишите нам на kontakt@example.org. Мы отвечаем в течение двух недель. (Пример текста)',
    ],
  } satisfies LocalizedSettings,
  vi: {
    name: 'Hiệp hội các tổ chức người di cư ở Sachsen',
    pressBoilerplate:
      'Hiệp hội các tổ chức người di cư ở Sachsen đại diện cho quyền lợi của các tổ chức người di cư trên toàn bang Sachsen. Hiệp hội củng cố vị thế và tầm ảnh hưởng của họ, giúp họ được biết đến nhiều hơn và vận động cho sự tham gia thực chất ở mọi cấp. (Văn bản mẫu)',
    imprint: [
      'Văn bản mẫu – vui lòng thay bằng thông tin thật trong phần cài đặt trang web.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V., Beispielstraße 12, 01067 Dresden, Đức. Đại diện: Ban điều hành. Đã đăng ký trong sổ đăng ký hội của Tòa án địa phương Dresden.',
      'Chịu trách nhiệm về nội dung: Ban điều hành, địa chỉ như trên.',
      'Bản dịch này chỉ để tham khảo; chỉ bản tiếng Đức có giá trị pháp lý.',
    ],
    privacy: [
      'Văn bản mẫu – vui lòng thay bằng chính sách quyền riêng tư đã được kiểm duyệt của Hiệp hội.',
      'Trang web này không dùng cookie, không nhúng nội dung của nhà cung cấp khác và chỉ tải phông chữ, hình ảnh và mã script từ máy chủ này. Máy chủ web lưu các dữ liệu truy cập cần thiết về mặt kỹ thuật trong tối đa bảy ngày.',
      'Danh sách nhận thông cáo báo chí: Khi bạn đăng ký nhận thông cáo báo chí của chúng tôi trên trang Báo chí, chúng tôi lưu địa chỉ email, họ tên, cơ quan báo chí của bạn, các ngôn ngữ và chủ đề bạn đã chọn, cũng như thời điểm bạn đồng ý, biểu mẫu bạn đã dùng và phiên bản văn bản đồng ý mà bạn đã chấp thuận. Nếu bạn không xác nhận đăng ký qua đường liên kết trong email của chúng tôi trong vòng 48 giờ, chúng tôi sẽ xóa các thông tin này. Sau khi bạn xác nhận, chúng tôi chỉ dùng các thông tin này để gửi thông cáo báo chí cho bạn. Cơ sở pháp lý là sự đồng ý của bạn (điểm a khoản 1 Điều 6 GDPR, Art. 6 Abs. 1 lit. a DSGVO); bạn có thể rút lại sự đồng ý bất cứ lúc nào.',
      'Với mỗi thông cáo báo chí chúng tôi gửi cho bạn, chúng tôi lưu lại thời điểm gửi và ngôn ngữ đã dùng. Nếu bạn được cấp phép nhận trước các thông cáo báo chí có thời hạn cấm đăng, bạn sẽ nhận được các thông cáo này sớm qua một đường liên kết cá nhân; chúng tôi ghi lại thời điểm bạn mở đường liên kết đó, để có thể xác định ai đã xem một thông cáo trước khi thời hạn cấm đăng kết thúc. Chúng tôi xóa các dữ liệu về việc gửi và việc mở đường liên kết này sau mười hai tháng. Bạn có thể bất cứ lúc nào yêu cầu chúng tôi cung cấp thông tin về tất cả dữ liệu chúng tôi đã lưu về bạn và xóa toàn bộ các dữ liệu đó (Điều 15 và 17 GDPR); để làm việc này, vui lòng viết thư cho bộ phận báo chí của chúng tôi.',
      'Bản dịch này chỉ để tham khảo; chỉ bản tiếng Đức có giá trị pháp lý.',
    ],
    accessibility: [
      'Hiệp hội mong muốn mọi người đều có thể sử dụng trang web của mình mà không gặp rào cản, theo luật của Bang Tự do Sachsen về tăng cường sự tham gia của người khuyết tật và các yêu cầu của WCAG 2.1 mức AA.',
      'Trang web có chín phiên bản ngôn ngữ, trong đó có tiếng Đức dễ hiểu (Leichte Sprache). Nội dung được kiểm tra thường xuyên, cả tự động lẫn thủ công.',
      'Trang chủ và tuyên bố này cũng có dưới dạng video bằng ngôn ngữ ký hiệu Đức (DGS), kèm phụ đề và bản chép lời để đọc. Video chỉ bắt đầu khi bạn bấm phát và có thể tải xuống. Hiện tại ở đó là một video mẫu với hình kiểm tra; video thật bằng ngôn ngữ ký hiệu sẽ có sau. (Văn bản mẫu)',
      'Nếu bạn gặp rào cản, vui lòng viết cho chúng tôi theo địa chỉ kontakt@example.org. Chúng tôi trả lời trong vòng hai tuần. (Văn bản mẫu)',
    ],
  } satisfies LocalizedSettings,
  tr: {
    name: 'Saksonya Göçmen Örgütleri Çatı Birliği',
    pressBoilerplate:
      "Saksonya Göçmen Örgütleri Çatı Birliği, Saksonya'nın her yerindeki göçmen örgütlerinin çıkarlarını temsil eder. Onların konumunu ve etkisini güçlendirir, görünürlüklerini artırır ve her düzeyde gerçek katılımı savunur. (Örnek metin)",
    imprint: [
      'Örnek metin – lütfen site ayarlarında gerçek bilgilerle değiştirin.',
      'Dachverband Sächsischer Migrant*innenorganisationen e. V., Beispielstraße 12, 01067 Dresden, Almanya. Yönetim kurulu tarafından temsil edilir. Dresden Yerel Mahkemesi (Amtsgericht) dernekler siciline kayıtlıdır.',
      'İçerikten sorumlu: yönetim kurulu, adres yukarıdaki gibi.',
      'Bu çeviri yalnızca bilgilendirme amaçlıdır; hukuken bağlayıcı olan yalnızca Almanca metindir.',
    ],
    privacy: [
      'Örnek metin – lütfen derneğin onaylı gizlilik politikasıyla değiştirin.',
      'Bu web sitesi çerez kullanmaz, başka sağlayıcıların içeriklerini yerleştirmez ve yazı tiplerini, görselleri ve betikleri yalnızca bu sunucudan yükler. Web sunucusu, teknik olarak gerekli erişim verilerini en fazla yedi gün saklar.',
      'Basın dağıtım listesi: Basın sayfamızda basın bültenlerimizi almak için kaydolursanız e-posta adresinizi, adınızı soyadınızı, medya kuruluşunuzu, seçtiğiniz dilleri ve konuları, ayrıca onayınızı ne zaman, hangi form üzerinden ve onay metninin hangi sürümüyle verdiğinizi saklarız. Kaydınızı 48 saat içinde e-postamızdaki bağlantı aracılığıyla teyit etmezseniz bu bilgileri sileriz. Teyitten sonra bunları yalnızca size basın bültenleri göndermek için kullanırız. Hukuki dayanak onayınızdır (GDPR madde 6(1)(a), Art. 6 Abs. 1 lit. a DSGVO); onayınızı istediğiniz zaman geri alabilirsiniz.',
      'Size gönderdiğimiz her basın bülteni için bültenin ne zaman ve hangi dilde gönderildiğini saklarız. Ambargolu basın bültenleri için akrediteyseniz bu bültenleri kişisel bir bağlantı aracılığıyla önceden alırsınız; ambargo sona ermeden önce bir bülteni kimin gördüğünü sonradan izleyebilmek için bağlantıyı ne zaman açtığınızı kaydederiz. Bu gönderim ve erişim verilerini on iki ay sonra sileriz. Sizinle ilgili sakladığımız tüm veriler hakkında istediğiniz zaman bilgi talep edebilir ve bu verilerin tamamen silinmesini isteyebilirsiniz (GDPR madde 15 ve 17); bunun için basın birimimize yazın.',
      'Bu çeviri yalnızca bilgilendirme amaçlıdır; hukuken bağlayıcı olan yalnızca Almanca metindir.',
    ],
    accessibility: [
      "Birlik, web sitesini Saksonya Serbest Eyaleti'nin engelli kişilerin katılımını güçlendirme yasasına ve WCAG 2.1 AA düzeyinin gereksinimlerine uygun olarak erişilebilir kılmak istiyor.",
      'Web sitesi, Kolay Almanca (Leichte Sprache) dahil dokuz dil sürümünde sunulmaktadır. İçerik düzenli olarak hem otomatik hem de elle kontrol edilir.',
      'Ana sayfa ve bu beyan, altyazılı ve okunabilir bir metin dökümüyle birlikte Alman İşaret Dilinde (DGS) video olarak da sunulmaktadır. Video yalnızca siz oynattığınızda başlar ve indirilebilir. Şimdilik burada test görüntülü bir örnek video bulunuyor; gerçek bir işaret dili videosu daha sonra eklenecek. (Örnek metin)',
      'Bir engelle karşılaşırsanız lütfen kontakt@example.org adresine yazın. İki hafta içinde yanıt veriyoruz. (Örnek metin)',
    ],
  } satisfies LocalizedSettings,
}
