import type { AdminText } from './de.ts'

/**
 * The Arabic plural form of a count: 0 → zero, 1 → one, 2 → two, 3–10 → few, 11–99 → many,
 * else (100–102, 200–202, …) → other; from 103 on by the last two digits (103 → few, 111 → many).
 * `zero`, `one` and `two` are whole phrases (Arabic names 1 and 2 in the noun itself: the dual);
 * `few`, `many` and `other` follow the number. All forms here are nominative.
 */
const plural = (n: number, forms: { zero: string; one: string; two: string; few: string; many: string; other: string }) => {
  if (n === 0) return forms.zero
  if (n === 1) return forms.one
  if (n === 2) return forms.two
  const lastTwo = Math.abs(n) % 100
  if (lastTwo >= 3 && lastTwo <= 10) return `${n} ${forms.few}`
  if (lastTwo >= 11) return `${n} ${forms.many}`
  return `${n} ${forms.other}`
}

const hints = { zero: 'لا ملاحظات', one: 'ملاحظة واحدة', two: 'ملاحظتان', few: 'ملاحظات', many: 'ملاحظة', other: 'ملاحظة' }
const segments = { zero: 'لا شيء', one: 'مقطع واحد', two: 'مقطعان', few: 'مقاطع', many: 'مقطعًا', other: 'مقطع' }
const changedSegments = {
  zero: 'لا مقاطع معدَّلة',
  one: 'مقطع واحد معدَّل',
  two: 'مقطعان معدَّلان',
  few: 'مقاطع معدَّلة',
  many: 'مقطعًا معدَّلًا',
  other: 'مقطع معدَّل',
}
const passages = { zero: 'لا مواضع', one: 'موضع واحد', two: 'موضعان', few: 'مواضع', many: 'موضعًا', other: 'موضع' }

export const ar = {
  dateLocale: 'ar',
  siteStatus: {
    title: 'الموقع الإلكتروني',
    liveSince: 'منشور منذ',
    notBuilt: 'لم يتم إنشاء الموقع بعد.',
    building: 'جارٍ إعادة بناء الموقع الآن …',
    queued: 'هناك تغييرات تنتظر النشر.',
    booked: 'النشر المجدول التالي (انتهاء حظر النشر)',
    lastFailure: 'آخر إخفاق',
    open: 'فتح الموقع',
    rebuild: 'إعادة النشر الآن',
    recent: 'آخر عمليات البناء',
    rollback: 'الرجوع إلى هذه النسخة',
    pages: 'صفحة',
    status: { building: 'قيد التنفيذ', published: 'منشور', failed: 'فشل' },
  },
  reviewQueue: { editors: 'مُرسَل للمراجعة', authors: 'أعاده فريق التحرير', none: 'لا شيء في الانتظار.', by: 'بواسطة' },
  liveStatus: {
    title: 'الموقع الإلكتروني',
    notPublished: 'غير منشور: لا يظهر على الموقع.',
    live: 'النسخة المنشورة متاحة الآن على الموقع.',
    pending: 'منشور؛ يجري الآن تحديث الموقع …',
    embargoed: 'منشور مع حظر نشر مؤقت: سيظهر على الموقع في',
    notYet: 'منشور، لكنه لا يظهر على الموقع بعد (راجع النظرة العامة).',
    open: 'عرض الصفحة',
  },
  mediaVisibility: {
    heading: 'الظهور للعامة',
    always: 'عام: وضع عليه فريق التحرير علامة «عام دائمًا».',
    public: 'عام، لأنه منشور في:',
    from: (date: string) => `غير عام حتى ${date}، حين ينتهي حظر النشر المؤقت عن:`,
    private: 'غير عام: لا يرى هذا الملف – بأي حجم من أحجامه – إلا الموظفون الذين سجّلوا الدخول، ولا يظهر على الموقع. ويصبح عامًا بمجرد أن يستخدمه مستند منشور.',
    unused: 'لا يستخدمه أي مستند.',
    draftUses: 'مستخدَم في (غير عام):',
  },
  pressMailing: {
    heading: 'القائمة البريدية الصحفية',
    noSmtp: 'لا تُرسَل أي رسائل بريد إلكتروني: لم يُضبَط خادم بريد لنظام إدارة المحتوى (SMTP_URL و SMTP_FROM). ولن تُرسَل البيانات المنشورة لاحقًا أيضًا.',
    withoutMailing: 'سيُنشَر دون إرسال بالبريد الإلكتروني.',
    notYet: 'لم يُرسَل بعد. سيُرسَل البيان إلى القائمة البريدية الصحفية بمجرد أن يصبح عامًا (بعد انتهاء حظر النشر المؤقت) ويظهر على الموقع.',
    sent: 'تم الإرسال',
    waiting: 'قيد التنفيذ',
    failed: 'فشل',
    list: 'قائمة جميع المستلمين موجودة في الأسفل.',
    testLanguage: 'لغة الرسالة التجريبية',
    testButton: 'إرسال رسالة تجريبية إليّ',
    testHint: 'تعرض آخر نسخة محفوظة كما يتلقاها المشتركون بهذه اللغة. تُرسَل إلى عنوانك أنت فقط.',
    testSent: (email: string) => `أُرسلت الرسالة التجريبية إلى ${email}.`,
    testFailed: 'لم تُرسَل الرسالة التجريبية:',
  },
  pressSubscriber: {
    heading: 'بيانات هذا الشخص (اللائحة العامة لحماية البيانات)',
    hint: 'حق الوصول (المادة 15) وحق المحو (المادة 17): يشملان القيد مع الموافقة المسجّلة فيه، وكل رسالة بريد إلكتروني أُرسلت، وكل فتح لرابط شخصي.',
    download: 'تنزيل جميع البيانات بصيغة JSON',
    erase: 'محو بالكامل',
    eraseConfirm: (email: string) => `هل تريد محو جميع بيانات \u2068${email}\u2069 نهائيًا بلا رجعة: القيد، وكل رسالة بريد إلكتروني أُرسلت، وكل فتح لرابط شخصي؟`,
    eraseFailed: 'لم يتم المحو:',
  },
  leichteSprache: {
    heading: (count: number) => `اللغة المبسّطة: ${plural(count, hints)}`,
    note: 'ملاحظات وليست أخطاء: تحقّق مما إذا كان يمكن قول الجملة بطريقة أبسط.',
    rules: {
      longSentence: 'جملة طويلة',
      subordinateClause: 'جملة فرعية',
      longCompound: 'كلمة مركّبة طويلة بلا نقطة وسطى (Mediopunkt)',
      abbreviation: 'اختصار',
      numberAsWord: 'عدد مكتوب بالحروف',
      passive: 'صيغة المبني للمجهول',
      genitive: 'حالة الإضافة (Genitiv)',
      doubleNegation: 'نفي متعدد',
    },
  },
  translation: {
    title: 'اللغات',
    providerOff: 'الترجمة الآلية متوقفة. لتشغيلها اضبط TRANSLATION_PROVIDER=deepl (مع DEEPL_API_KEY) أو =libretranslate (مع LIBRETRANSLATE_URL)، وانظر ‎.env.example‎ وملف README.',
    providerProblem: 'الترجمة الآلية لا تعمل حاليًا:',
    translation: { source: 'النص الأصلي', missing: 'مفقودة', outdated: 'قديمة', current: 'محدَّثة' },
    unchecked: 'غير مُراجَعة',
    publication: { published: 'منشورة', changed: 'مسودة بانتظار النشر', draft: 'مسودة فقط', none: '–' },
    overview: 'الترجمات',
    intro: 'كل لغة لكل مستند: مفقودة، أو قديمة (تغيّر النص الألماني منذ ذلك الحين)، أو محدَّثة؛ وتبقى غير مُراجَعة إلى أن يراجعها شخص يتقن هذه اللغة.',
    language: 'اللغة',
    allLanguages: 'كل اللغات',
    show: 'عرض',
    onlyWork: 'ما يحتاج إلى عمل فقط',
    filter: 'تصفية',
    document: 'المستند',
    nothing: 'لا يوجد ما يلزم عمله.',
    hints: (count: number) => `${plural(count, hints)} حول اللغة المبسّطة`,
    machine: 'ترجمة آلية – يُرجى المراجعة',
    translate: 'الترجمة من الألمانية',
    translateShort: 'ترجمة',
    translating: 'جارٍ الترجمة …',
    translated: (translated: number, reused: number) =>
      `تُرجم: ${plural(translated, segments)}، وبقي دون تغيير: ${plural(reused, segments)}`,
    unchanged: (reused: number) => `لا شيء يحتاج إلى ترجمة؛ بقي دون تغيير: ${plural(reused, segments)}.`,
    tooLong: (fields: string) => `أطول مما يسمح به الحقل (يُرجى الاختصار قبل النشر): ${fields}`,
    notTranslated: 'لم تتم الترجمة.',
    unsaved: 'ستضيع التغييرات غير المحفوظة في هذه الصفحة. هل تريد الترجمة رغم ذلك؟',
    failed: (status: number) => `فشلت الترجمة (HTTP ${status}).`,
    leichteSprache: 'لا تُترجَم اللغة المبسّطة (Leichte Sprache) آليًا: لا توجد خدمة تكتبها جيدًا. يُرجى كتابتها يدويًا؛ تُظهر ملاحظات اللغة المبسّطة تحت كل حقل ما لا يزال صعبًا.',
    changedSegments: (count: number, total: number) => `${plural(count, changedSegments)} من أصل ${total}`,
    germanBefore: 'النص الألماني سابقًا',
    germanNow: 'النص الألماني الآن',
    currentTranslation: 'الترجمة الحالية',
    noTranslation: '(لا توجد)',
    editTranslation: 'ترجمة هذا المقطع',
    tagsHint: 'تدلّ علامات مثل \u2068<g id="1">…</g>\u2069 على الروابط والتنسيق: ترجِم النص الذي بينها، واترك العلامات كما هي.',
    saveSegment: 'حفظ كمسودة',
    savingSegment: 'جارٍ الحفظ …',
    segmentSaved: 'حُفظت ترجمة المقطع كمسودة.',
    xliffExportDocument: 'هذا المستند بصيغة XLIFF',
    machineHeading: 'الترجمة الآلية',
    translateAll: (language: string) => `ترجمة كل ما هو مفقود أو قديم إلى ${language}`,
    nothingToTranslate: 'لا شيء مفقود، ولا شيء قديم.',
    done: 'تمت الترجمة',
    needsConfirmation: 'ستحل محل ترجمة أعدّها شخص: يُرجى التأكيد داخل المستند',
    openDocument: 'فتح المستند',
    waiting: 'في الانتظار',
    running: 'جارٍ التنفيذ …',
    allDone: (done: number, total: number) => `المستندات المنجزة: ${done} من ${total}.`,
    unchangedShort: 'محدَّثة بالفعل',
    confirmReplace: 'هل تريد الترجمة آليًا رغم ذلك واستبدال هذه المواضع؟',
    xliffHeading: 'XLIFF (مكتب ترجمة، برنامج CAT للترجمة بمساعدة الحاسوب)',
    xliffExport: 'تصدير XLIFF',
    xliffFile: 'ملف XLIFF المترجَم',
    xliffImport: 'استيراد XLIFF',
    xliffImporting: 'جارٍ الاستيراد …',
    xliffImported: 'تم الاستيراد',
    xliffRefused: 'لم يتم الاستيراد، ولم يتغيّر شيء:',
    xliffChooseFile: 'يُرجى اختيار ملف أولًا.',
    glossary: 'المسرد (ترجمات ثابتة للمصطلحات)',
    /** "ترجمة … إلى العربية": the language names as the translateAll sentence needs them. */
    languageAfterIns: {
      en: 'الإنجليزية',
      ar: 'العربية',
      fa: 'الفارسية',
      uk: 'الأوكرانية',
      ru: 'الروسية',
      vi: 'الفيتنامية',
      tr: 'التركية',
    },
  },
  translationErrors: {
    leichteSpracheByHand: 'لا تُترجَم اللغة المبسّطة (Leichte Sprache) آليًا: لا توجد خدمة تكتبها بجودة كافية. يُرجى كتابتها يدويًا.',
    paragraphTooLong: (field: string, provider: string, length: number, limit: number) =>
      `${field}: فقرة أطول مما يقبله ${provider} (عدد الأحرف: ${length}، والحد الأقصى: ${limit})؛ يُرجى تقسيمها.`,
    providerFailed: (fields: string, reason: string) => `فشلت ترجمة ${fields}، ولم يتغيّر شيء: \u2068${reason}\u2069`,
    providerChangedTags: (provider: string, field: string, problem: string) => `غيّر ${provider} الوسوم في ${field} (${problem})؛ لم يتغيّر شيء.`,
    replacesHumanText: (count: number, fields: string) =>
      `ستحلّ الترجمة الآلية محلّ ترجمة أعدّها أشخاص في ${fields}: ${plural(count, passages)}. للتأكيد أرسِل \u2068"overwrite": true\u2069.`,
    nothingToExport: (language: string) => `لا شيء يحتاج إلى ترجمة إلى «${language}».`,
  },
  xliffProblems: {
    doctype: 'لا يُسمح بتعريف DOCTYPE ولا بالكيانات.',
    malformed: (reason: string, line: number, column: number) => `ليس XML سليم البنية: \u2068${reason}\u2069 (السطر ${line}، العمود ${column})`,
    notXliff: 'لا يوجد عنصر \u2068<xliff>\u2069: ليس ملف XLIFF',
    version: (found: string) => `إصدار XLIFF هو «${found}» بدلًا من 1.2`,
    noFiles: 'لا توجد عناصر \u2068<file>\u2069',
    fileWithoutOriginal: 'عنصر \u2068<file>\u2069 بلا «original»',
    sourceLanguage: (found: string) => `لغة المصدر «${found}» بدلًا من «de»`,
    targetLanguage: (found: string, locale: string) => `لغة الهدف «${found}» لا تطابق «${locale}»`,
    unknownDocument: 'مستند غير معروف',
    duplicateUnit: 'وحدة الترجمة مكررة في الملف',
    twoSourcesOrTargets: 'أكثر من عنصر \u2068<source>\u2069 أو \u2068<target>\u2069',
    unknownUnit: 'وحدة ترجمة غير معروفة: ليست مقطعًا ألمانيًا حاليًا من هذا المستند',
    noSource: 'العنصر \u2068<source>\u2069 مفقود',
    conflict: 'تعارض: تغيّر النص الألماني منذ التصدير؛ يُرجى التصدير من جديد',
    brokenTags: (problem: string) => `وسوم التنسيق (Tags) تالفة: ${problem}`,
    tooLong: (length: number, limit: number) => `طويل جدًا: عدد الأحرف ${length}، والحد الأقصى ${limit}`,
    previousTranslationLost: 'الترجمة السابقة لم تعد تتوافق مع وسوم النص الألماني وستضيع؛ يُرجى ترجمة هذه الوحدة أيضًا',
  },
} satisfies AdminText
