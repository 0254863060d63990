import { populated, type MemberDoc, type StoryDoc } from '../cms/types.ts'

/** Members by district value; an organisation working in two districts appears in both. */
export function membersByDistrict(members: MemberDoc[]): Map<string, MemberDoc[]> {
  const groups = new Map<string, MemberDoc[]>()
  for (const member of members) {
    for (const district of member.districts) groups.set(district, [...(groups.get(district) ?? []), member])
  }
  return groups
}

/** The stories a member organisation appears in, in the order given. */
export function storiesFeaturing(stories: StoryDoc[], member: MemberDoc): StoryDoc[] {
  return stories.filter((story) => populated<MemberDoc>(story.members).some((candidate) => candidate.id === member.id))
}
