import type { LocaleCode } from '@verband/content-types/locales'

/**
 * The example clip the seed puts where the sign-language videos go: a few seconds of FFmpeg's
 * test pattern, made at seed time (nothing is downloaded), so the block is visible on a fresh
 * installation. It is no sign language, and says so in its title, captions and transcript;
 * the admin asks for a real DGS video in its place (cms/src/components/SignLanguageExampleNotice.tsx).
 */

/** How long the clip runs; the captions' cues fill it. */
export const exampleClipSeconds = 8

type ExampleTexts = {
  /** The video's alt text: a short title saying what it shows. */
  alt: string
  /** Two captions: the first from 0 to 4 seconds, the second from 4 to 8. */
  captions: [string, string]
  /** Paragraphs, separated by a blank line on the website. */
  transcript: string[]
}

export const signLanguageExampleTexts: Record<LocaleCode, ExampleTexts> = {
  de: {
    alt: 'Beispielvideo mit Testbild, noch kein Video in Gebärdensprache',
    captions: ['Dies ist ein Beispielvideo mit einem Testbild.', 'Hier zeigt der Verband bald ein Video in Deutscher Gebärdensprache.'],
    transcript: [
      'Dies ist ein Beispielvideo, kein Video in Gebärdensprache. Zu sehen ist ein farbiges Testbild mit einer laufenden Zahl.',
      'Hier zeigt der Verband bald ein Video in Deutscher Gebärdensprache. Es erklärt, was auf dieser Website steht und wie man sich auf ihr zurechtfindet.',
    ],
  },
  'de-x-ls': {
    alt: 'Beispiel-Video mit einem Test-Bild. Das ist noch kein Video in Gebärden-Sprache.',
    captions: ['Das ist ein Beispiel-Video mit einem Test-Bild.', 'Bald gibt es hier ein Video in Gebärden-Sprache.'],
    transcript: [
      'Das ist ein Beispiel-Video. Das Video ist nicht in Gebärden-Sprache. Sie sehen ein buntes Test-Bild. Auf dem Bild läuft eine Zahl.',
      'Bald gibt es hier ein Video in Deutscher Gebärden-Sprache. Das Video erklärt: Was steht auf dieser Internet-Seite? Wie finden Sie sich zurecht?',
    ],
  },
  en: {
    alt: 'Example video with a test pattern, not yet a sign-language video',
    captions: ['This is an example video with a test pattern.', 'Soon the association will show a video in German Sign Language here.'],
    transcript: [
      'This is an example video, not a sign-language video. It shows a coloured test pattern with a running number.',
      'Soon the association will show a video in German Sign Language here. It explains what this website offers and how to find your way around it.',
    ],
  },
  ar: {
    alt: 'فيديو نموذجي بصورة اختبار، وليس فيديو بلغة الإشارة بعد',
    captions: ['هذا فيديو نموذجي يعرض صورة اختبار.', 'قريبًا سيعرض الاتحاد هنا فيديو بلغة الإشارة الألمانية.'],
    transcript: [
      'هذا فيديو نموذجي، وليس فيديو بلغة الإشارة. تظهر فيه صورة اختبار ملوّنة مع رقم يتزايد باستمرار.',
      'قريبًا سيعرض الاتحاد هنا فيديو بلغة الإشارة الألمانية. وسيشرح ما يقدّمه هذا الموقع وكيف يمكن التنقّل فيه.',
    ],
  },
  fa: {
    alt: 'ویدیوی نمونه با تصویر تست؛ هنوز ویدیوی زبان اشاره نیست',
    captions: ['این یک ویدیوی نمونه با تصویر تست است.', 'به‌زودی اتحادیه در اینجا ویدیویی به زبان اشارهٔ آلمانی نشان می‌دهد.'],
    transcript: [
      'این یک ویدیوی نمونه است، نه ویدیویی به زبان اشاره. در آن یک تصویر تست رنگی با عددی که مدام بالا می‌رود دیده می‌شود.',
      'به‌زودی اتحادیه در اینجا ویدیویی به زبان اشارهٔ آلمانی نشان می‌دهد. این ویدیو توضیح می‌دهد که این وب‌سایت چه چیزهایی ارائه می‌کند و چگونه می‌توان راه خود را در آن پیدا کرد.',
    ],
  },
  uk: {
    alt: 'Приклад відео з тестовим зображенням, ще не відео жестовою мовою',
    captions: ['Це приклад відео з тестовим зображенням.', 'Незабаром об’єднання покаже тут відео німецькою жестовою мовою.'],
    transcript: [
      'Це приклад відео, а не відео жестовою мовою. На ньому видно кольорове тестове зображення з числом, що постійно зростає.',
      'Незабаром об’єднання покаже тут відео німецькою жестовою мовою. Воно пояснить, що пропонує цей вебсайт і як у ньому зорієнтуватися.',
    ],
  },
  ru: {
    alt: 'Пример видео с тестовым изображением, ещё не видео на жестовом языке',
    captions: ['Это пример видео с тестовым изображением.', 'Скоро объединение покажет здесь видео на немецком жестовом языке.'],
    transcript: [
      'Это пример видео, а не видео на жестовом языке. На нём видно цветное тестовое изображение с постоянно растущим числом.',
      'Скоро объединение покажет здесь видео на немецком жестовом языке. Оно объяснит, что предлагает этот сайт и как в нём ориентироваться.',
    ],
  },
  vi: {
    alt: 'Video mẫu với hình kiểm tra, chưa phải video bằng ngôn ngữ ký hiệu',
    captions: ['Đây là một video mẫu với hình kiểm tra.', 'Sắp tới Hiệp hội sẽ đăng tại đây một video bằng ngôn ngữ ký hiệu Đức.'],
    transcript: [
      'Đây là một video mẫu, không phải video bằng ngôn ngữ ký hiệu. Video cho thấy một hình kiểm tra nhiều màu với một con số chạy liên tục.',
      'Sắp tới Hiệp hội sẽ đăng tại đây một video bằng ngôn ngữ ký hiệu Đức. Video sẽ giải thích trang web này cung cấp những gì và cách tìm thông tin trên trang.',
    ],
  },
  tr: {
    alt: 'Test görüntülü örnek video, henüz işaret dili videosu değil',
    captions: ['Bu, test görüntüsü içeren bir örnek videodur.', 'Birlik yakında burada Alman İşaret Dilinde bir video gösterecek.'],
    transcript: [
      'Bu bir örnek videodur, işaret dili videosu değildir. Videoda, ilerleyen bir sayının yer aldığı renkli bir test görüntüsü görülüyor.',
      'Birlik yakında burada Alman İşaret Dilinde bir video gösterecek. Bu video, web sitesinin neler sunduğunu ve sitede yolunuzu nasıl bulacağınızı anlatacak.',
    ],
  },
}

/** The captions as a WebVTT file. */
export function exampleCaptions({ captions }: ExampleTexts): string {
  const half = exampleClipSeconds / 2
  const time = (seconds: number) => `00:00:${String(seconds).padStart(2, '0')}.000`
  return `WEBVTT\n\n${time(0)} --> ${time(half)}\n${captions[0]}\n\n${time(half)} --> ${time(exampleClipSeconds)}\n${captions[1]}\n`
}
