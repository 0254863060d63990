import type { LeitbildContent } from './types.ts'

/**
 * Vietnamese translation of the Leitbild. Machine translation from the German original, not
 * yet checked by a native speaker: listed in `uncheckedTranslations` (translations.ts) until
 * it is. "Migrant*innenorganisationen" is các tổ chức người di cư, Saxony Sachsen, the
 * association Hiệp hội (as in site/src/i18n/ui/vi.json).
 */
export const leitbildVi: LeitbildContent = {
  // Shown as "Được thông qua tại {{body}} ngày … ở {{place}}".
  adoptedBy: 'Đại hội thành viên',
  adoptedIn: 'Dresden',
  visionLead: 'Chúng tôi cùng xây dựng một Sachsen mang đậm dấu ấn của sự đa dạng, bình đẳng về cơ hội và sự tham gia thực chất.',
  vision: [
    'Ở đây, các tổ chức người di cư là những đối tác không thể thiếu, tích cực và rõ nét cùng định hình các tiến trình xã hội, kinh tế và chính trị. Họ là hình mẫu trong một xã hội cởi mở và hòa nhập.',
    'Chúng tôi hướng tới một xã hội dân chủ và đoàn kết, trong đó tất cả mọi người – bất kể nguồn gốc và bản sắc xã hội, văn hóa hay cá nhân – cùng chung sống hài hòa và tích cực góp phần vào một văn hóa tưởng nhớ lịch sử có chỗ cho tất cả mọi người.',
    'Chúng tôi củng cố vị thế và tầm ảnh hưởng của các tổ chức người di cư ở Sachsen. Là tiếng nói cho những mối quan tâm của họ, Hiệp hội là nơi gắn kết và tương trợ trong tinh thần đoàn kết – đồng thời là không gian để tích cực định hình những chuyển biến của xã hội. Chúng tôi giúp các thành viên được biết đến nhiều hơn và có tiếng nói hơn, xây dựng những cơ cấu bền vững và tạo điều kiện cho sự tham gia thực chất ở mọi cấp. Nhiệm vụ của chúng tôi là cải thiện điều kiện cho các tổ chức người di cư và cùng nhau xây dựng một xã hội rộng mở với thế giới, công bằng và hòa nhập.',
  ],
  values: [
    { title: 'Đoàn kết', text: 'Chúng tôi đề cao sự hỗ trợ lẫn nhau và vun đắp văn hóa chung sống gắn bó.' },
    { title: 'Đa dạng', text: 'Chúng tôi trân trọng và đại diện cho sự đa dạng của các thành viên và của xã hội.' },
    { title: 'Độc lập', text: 'Chúng tôi hoạt động không đảng phái và gắn bó với các giá trị dân chủ cơ bản.' },
    { title: 'Công bằng', text: 'Chúng tôi vận động cho cơ hội bình đẳng và khả năng tiếp cận công bằng.' },
    { title: 'Vì lợi ích chung', text: 'Mọi hoạt động của chúng tôi đều nhằm nâng cao phúc lợi của tất cả mọi người ở Sachsen.' },
    { title: 'Bền vững', text: 'Chúng tôi khuyến khích các giải pháp lâu dài và hướng tới những cơ cấu ổn định cho các thành viên.' },
  ],
  goals: [
    {
      title: 'Được công nhận',
      text: 'Các tổ chức người di cư được nhìn nhận là những đối tác có năng lực trong chính trị, kinh tế và xã hội, và được mời tham gia tích cực vào các quá trình ra quyết định.',
    },
    {
      title: 'Tăng cường sức mạnh cho thành viên',
      text: 'Chúng tôi hỗ trợ các tổ chức thành viên bằng nguồn lực, tư vấn và đào tạo, để họ làm việc chuyên nghiệp và hiệu quả.',
    },
    {
      title: 'Thúc đẩy sự tham gia thực chất',
      text: 'Chúng tôi vận động cho các quy định pháp luật và cơ chế tham gia cụ thể, giúp mọi người được cùng định hình xã hội một cách bình đẳng.',
    },
    {
      title: 'Tài chính bền vững',
      text: 'Chúng tôi giúp các tổ chức người di cư tự chủ về tài chính và hỗ trợ họ tiếp cận các nguồn tài trợ và nguồn lực.',
    },
    {
      title: 'Quan hệ công chúng',
      text: 'Chúng tôi làm cho nhu cầu, đóng góp và thành công của các tổ chức người di cư được nhiều người biết đến, và nâng cao nhận thức về vai trò trung tâm của họ trong xã hội.',
    },
  ],
  workingPrinciples: [
    { title: 'Kết nối mạng lưới', text: 'Chúng tôi thúc đẩy trao đổi và hợp tác giữa các tổ chức người di cư với các bên liên quan khác.' },
    {
      title: 'Bảo vệ và hỗ trợ',
      text: 'Là đối tác đáng tin cậy, chúng tôi đứng ra bảo vệ các thành viên và hỗ trợ cụ thể khi họ gặp khó khăn.',
    },
    {
      title: 'Dựa trên cơ sở khoa học',
      text: 'Công việc của chúng tôi dựa trên dữ liệu thực chứng và kết quả nghiên cứu khoa học, nhằm xây dựng các giải pháp bền vững và hiệu quả.',
    },
    { title: 'Gắn bó với địa phương', text: 'Chúng tôi củng cố các cơ cấu tại địa phương và các liên minh ở cấp xã, thị trấn và thành phố.' },
    { title: 'Minh bạch và đáng tin cậy', text: 'Chúng tôi trao đổi rõ ràng, hành động dễ hiểu và bám sát những mục tiêu cụ thể.' },
    {
      title: 'Độc lập và không đảng phái',
      text: 'Chúng tôi bảo vệ các mối quan tâm của mình mà không chịu chi phối bởi lợi ích đảng phái, và tập trung vào hợp tác dân chủ.',
    },
  ],
  partnerGroupsIntro: 'Chúng tôi hợp tác với:',
  partnerGroups: [
    {
      title: 'Chính trị và hành chính',
      text: 'ở cấp địa phương, cấp bang và cấp liên bang, nhằm cải thiện khung pháp lý và cơ hội tham gia.',
    },
    { title: 'Doanh nghiệp và quỹ', text: 'nhằm thúc đẩy các dự án bền vững và những khả năng tài trợ mới.' },
    { title: 'Giáo dục và khoa học', text: 'cho giáo dục về dân chủ, các chiến lược dựa trên bằng chứng và chuyển giao tri thức.' },
    { title: 'Truyền thông', text: 'nhằm làm nổi bật thành công và mối quan tâm của các tổ chức người di cư, đồng thời xóa bỏ định kiến.' },
    {
      title: 'Xã hội dân sự và các hiệp hội khác',
      text: 'vì một sự hợp tác mạnh mẽ và đoàn kết, có sức lan tỏa vượt ra ngoài Sachsen.',
    },
  ],
  longTermPicture:
    'Hiệp hội là đầu mối trung tâm và đối tác đáng tin cậy của các tổ chức người di cư ở Sachsen. Các thành viên của chúng tôi ổn định về tài chính, được tổ chức chuyên nghiệp và được xã hội công nhận.',
}
