import type { LeitbildContent } from './types.ts'

/** English translation of the Leitbild (not yet checked by a native speaker). */
export const leitbildEn: LeitbildContent = {
  adoptedBy: 'General Assembly',
  adoptedIn: 'Dresden',
  visionLead: 'We are shaping a Saxony defined by diversity, equal opportunities and genuine participation.',
  vision: [
    'Here, migrant organisations are indispensable partners who actively and visibly help shape social, economic and political processes. They serve as role models in an open and inclusive society.',
    'We strive for a democratic society built on solidarity, in which all people – regardless of their origin and their social, cultural or personal identities – experience harmonious coexistence and take an active part in an inclusive culture of remembrance.',
    'We strengthen the position and impact of migrant organisations in Saxony. As the voice of their concerns, the association is a place of cohesion and mutual support – and at the same time a space for actively shaping social developments. We promote the visibility and relevance of our members, build sustainable structures and enable genuine participation at all levels. Our task is to improve the conditions for migrant organisations and, together, to shape a cosmopolitan, just and inclusive society.',
  ],
  values: [
    { title: 'Solidarity', text: 'We stand for mutual support and foster a culture of togetherness.' },
    { title: 'Diversity', text: 'We value and represent the diversity of our members and of society.' },
    { title: 'Independence', text: 'We act on a non-partisan basis and are committed to fundamental democratic values.' },
    { title: 'Justice', text: 'We advocate equal opportunities and fair access.' },
    { title: 'Common good', text: 'Our actions aim to promote the well-being of all people in Saxony.' },
    { title: 'Sustainability', text: 'We encourage long-term solutions and strive for stable structures for our members.' },
  ],
  goals: [
    {
      title: 'Recognition',
      text: 'Migrant organisations are perceived as competent partners in politics, business and society and are actively involved in decision-making processes.',
    },
    {
      title: 'Strengthening our members',
      text: 'We support our organisations with resources, advice and training so that they can work professionally and effectively.',
    },
    {
      title: 'Promoting genuine participation',
      text: 'We advocate legal provisions and concrete participation mechanisms that enable equal involvement in shaping society.',
    },
    {
      title: 'Sustainable funding',
      text: 'We help migrant organisations to become financially independent and promote access to funding and resources.',
    },
    {
      title: 'Public relations',
      text: 'We make the needs, achievements and successes of migrant organisations visible and raise awareness of their central role in society.',
    },
  ],
  workingPrinciples: [
    { title: 'Networking', text: 'We promote exchange and cooperation between migrant organisations and other actors.' },
    {
      title: 'Protection and support',
      text: 'As a reliable partner, we stand protectively in front of our members and offer concrete help with challenges.',
    },
    {
      title: 'Evidence-based',
      text: 'Our work is based on empirical data and scientific findings in order to develop sustainable and effective solutions.',
    },
    { title: 'Regional roots', text: 'We strengthen local structures and municipal alliances.' },
    { title: 'Transparency and commitment', text: 'We communicate clearly, act comprehensibly and orient ourselves towards concrete goals.' },
    {
      title: 'Independence and non-partisanship',
      text: 'We represent our concerns free from party-political interests and focus on democratic cooperation.',
    },
  ],
  partnerGroupsIntro: 'We work together with:',
  partnerGroups: [
    {
      title: 'Politics and administration',
      text: 'at municipal, state and federal level, to improve legal frameworks and opportunities for participation.',
    },
    { title: 'Business and foundations', text: 'to promote sustainable projects and new funding opportunities.' },
    { title: 'Education and science', text: 'for democracy education, evidence-based strategies and knowledge transfer.' },
    { title: 'Media', text: 'to make the successes and concerns of migrant organisations visible and to break down prejudice.' },
    {
      title: 'Civil society and other associations',
      text: 'for strong cooperation built on solidarity that reaches beyond Saxony.',
    },
  ],
  longTermPicture:
    'The association is a central point of contact and a reliable partner for migrant organisations in Saxony. Our members are financially stable, professionally organised and recognised by society.',
}
