/** Example press contacts (fictional people, example.org addresses). */
export const examplePressContacts = [
  {
    name: 'Amina Rahimi (Beispiel)',
    email: 'presse@example.org',
    phone: '+49 351 000 000 10',
    role: { de: 'Pressesprecherin', en: 'Press officer' },
    languages: ['Deutsch', 'Englisch', 'Farsi', 'Dari'],
  },
  {
    name: 'Oleksandr Koval (Beispiel)',
    email: 'regional@example.org',
    phone: '+49 371 000 000 20',
    role: { de: 'Referent für regionale Netzwerke', en: 'Regional networks officer' },
    languages: ['Deutsch', 'Ukrainisch', 'Russisch'],
  },
]
