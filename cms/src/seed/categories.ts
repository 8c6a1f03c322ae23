/** Event categories: each has its own calendar feed (/events/category/<slug>.ics). */
export const eventCategories = [
  { name: 'Webinar', description: 'Online talks of an hour or so, with time for questions.' },
  { name: 'Workshop', description: 'Hands-on sessions in small groups, usually in person.' },
  { name: 'Conference', description: 'Regional and national genomics conferences and study days.' },
  { name: 'E-learning live session', description: 'Live, tutor-led sessions that accompany the Genomics Education Programme e-learning.' },
  { name: 'Masterclass', description: 'In-depth sessions for specialists, led by consultants and clinical scientists.' },
  { name: 'Drop-in clinic', description: 'Bring your questions about ordering tests, samples and results.' },
] as const

export type CategoryName = (typeof eventCategories)[number]['name']
