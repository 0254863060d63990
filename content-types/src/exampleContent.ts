/**
 * The example sign-language clip the seed makes from FFmpeg's test pattern, so a fresh
 * installation shows the video block. It is no sign language: wherever it is still chosen,
 * the admin asks for a real video in German Sign Language in its place.
 */
export const exampleSignLanguageVideoFilename = 'beispiel-gebaerdensprache.mp4'
