import type { LeitbildContent } from './types.ts'

/**
 * Turkish translation of the Leitbild. Machine translation from the German original, not yet
 * checked by a native speaker: listed in `uncheckedTranslations` (translations.ts) until it
 * is. "Migrant*innenorganisationen" is göçmen örgütleri, Saxony Saksonya, the association
 * Birlik (as in site/src/i18n/ui/tr.json).
 */
export const leitbildTr: LeitbildContent = {
  // Shown as "{{body}} tarafından … tarihinde {{place}} şehrinde kabul edildi".
  adoptedBy: 'Genel Kurul',
  adoptedIn: 'Dresden',
  visionLead: "Çeşitliliğin, fırsat eşitliğinin ve gerçek katılımın belirlediği bir Saksonya'yı biçimlendiriyoruz.",
  vision: [
    'Göçmen örgütleri burada toplumsal, ekonomik ve siyasi süreçleri etkin ve görünür biçimde birlikte şekillendiren, vazgeçilmez ortaklardır. Açık ve kapsayıcı bir toplumda örnek rolü üstlenirler.',
    'Tüm insanların – kökenlerinden ve sosyal, kültürel ya da kişisel kimliklerinden bağımsız olarak – uyum içinde bir arada yaşadığı ve kapsayıcı bir hafıza kültürüne etkin biçimde katıldığı demokratik ve dayanışmacı bir toplum için çalışıyoruz.',
    "Saksonya'daki göçmen örgütlerinin konumunu ve etkisini güçlendiriyoruz. Onların taleplerinin sesi olan Birlik, bir arada durmanın ve dayanışma içinde desteğin yeridir – ve aynı zamanda toplumsal gelişmeleri etkin biçimde şekillendirmenin alanıdır. Üyelerimizin görünürlüğünü ve önemini artırıyor, sürdürülebilir yapılar geliştiriyor ve her düzeyde gerçek katılımı mümkün kılıyoruz. Görevimiz, göçmen örgütlerinin koşullarını iyileştirmek ve birlikte dünyaya açık, adil ve kapsayıcı bir toplum kurmaktır.",
  ],
  values: [
    { title: 'Dayanışma', text: 'Karşılıklı desteği savunuyor ve bir arada yaşama kültürünü güçlendiriyoruz.' },
    { title: 'Çeşitlilik', text: 'Üyelerimizin ve toplumun çeşitliliğine değer veriyor ve bu çeşitliliği temsil ediyoruz.' },
    { title: 'Bağımsızlık', text: 'Partiler üstü hareket ediyor ve demokratik temel değerlere bağlı kalıyoruz.' },
    { title: 'Adalet', text: 'Eşit fırsatlar ve adil erişim için çalışıyoruz.' },
    { title: 'Kamu yararı', text: "Çalışmalarımız, Saksonya'daki tüm insanların refahını artırmayı amaçlar." },
    { title: 'Sürdürülebilirlik', text: 'Uzun vadeli çözümleri teşvik ediyor ve üyelerimiz için istikrarlı yapılar oluşturmaya çalışıyoruz.' },
  ],
  goals: [
    {
      title: 'Tanınma',
      text: 'Göçmen örgütleri siyasette, ekonomide ve toplumda yetkin ortaklar olarak görülür ve karar alma süreçlerine etkin biçimde dahil edilir.',
    },
    {
      title: 'Üyelerin güçlendirilmesi',
      text: 'Örgütlerimizi kaynaklar, danışmanlık ve eğitimle destekliyoruz; böylece çalışmalarını profesyonel ve etkili biçimde yürütebilirler.',
    },
    {
      title: 'Gerçek katılımın desteklenmesi',
      text: 'Eşit haklarla söz sahibi olmayı mümkün kılan yasal düzenlemeler ve somut katılım mekanizmaları için çalışıyoruz.',
    },
    {
      title: 'Sürdürülebilir finansman',
      text: 'Göçmen örgütlerinin mali açıdan bağımsız olmalarına yardımcı oluyor, hibelere ve kaynaklara erişimlerini destekliyoruz.',
    },
    {
      title: 'Halkla ilişkiler',
      text: 'Göçmen örgütlerinin ihtiyaçlarını, emeklerini ve başarılarını görünür kılıyor, toplumdaki merkezi rollerine ilişkin farkındalığı artırıyoruz.',
    },
  ],
  workingPrinciples: [
    { title: 'Ağ oluşturma', text: 'Göçmen örgütleri ile diğer aktörler arasında bilgi alışverişini ve iş birliğini teşvik ediyoruz.' },
    {
      title: 'Koruma ve destek',
      text: 'Güvenilir bir ortak olarak üyelerimizi koruyor, zorluklar karşısında somut yardım sunuyoruz.',
    },
    {
      title: 'Bilimsel temelli',
      text: 'Çalışmalarımız, sürdürülebilir ve etkili çözümler geliştirmek için ampirik verilere ve bilimsel bulgulara dayanır.',
    },
    { title: 'Bölgesel köklülük', text: 'Yerel yapıları ve belediye düzeyindeki ittifakları güçlendiriyoruz.' },
    { title: 'Şeffaflık ve güvenilirlik', text: 'Açık iletişim kuruyor, anlaşılır biçimde hareket ediyor ve somut hedeflere yöneliyoruz.' },
    {
      title: 'Bağımsızlık ve partiler üstülük',
      text: 'Taleplerimizi parti siyasetinin çıkarlarından bağımsız olarak savunuyor ve demokratik iş birliğine odaklanıyoruz.',
    },
  ],
  partnerGroupsIntro: 'Birlikte çalıştığımız kesimler:',
  partnerGroups: [
    {
      title: 'Siyaset ve kamu yönetimi',
      text: 'yerel, eyalet ve federal düzeyde; yasal çerçeve koşullarını ve katılım olanaklarını iyileştirmek için.',
    },
    { title: 'İş dünyası ve vakıflar', text: 'sürdürülebilir projeleri ve yeni finansman olanaklarını desteklemek için.' },
    { title: 'Eğitim ve bilim', text: 'demokrasi eğitimi, kanıta dayalı stratejiler ve bilgi aktarımı için.' },
    { title: 'Medya', text: 'göçmen örgütlerinin başarılarını ve taleplerini görünür kılmak ve önyargıları azaltmak için.' },
    {
      title: 'Sivil toplum ve diğer birlikler',
      text: "Saksonya'nın ötesine uzanan güçlü ve dayanışmacı bir iş birliği için.",
    },
  ],
  longTermPicture:
    "Birlik, Saksonya'daki göçmen örgütleri için merkezi bir başvuru noktası ve güvenilir bir ortaktır. Üyelerimiz mali açıdan istikrarlı, profesyonelce örgütlenmiş ve toplumca tanınmıştır.",
}
