/**
 * Name pools per language area. Names are common ones combined at random, so any resemblance to
 * a real person is coincidence. Transliterations give the aliases analysts meet in other sources.
 */
import type { NamePoolKey } from './countries';

export interface PersonPool {
  given: readonly string[];
  family: readonly string[];
  /** Spanish and Portuguese names carry two surnames. */
  double?: boolean;
}

// prettier-ignore
export const PERSON_NAMES: Record<NamePoolKey, PersonPool> = {
  es: {
    given: ['José', 'Luis', 'Carlos', 'Juan', 'Jorge', 'Miguel', 'Pedro', 'Ricardo', 'Fernando', 'Víctor', 'Wilber', 'Edwin', 'María', 'Rosa', 'Carmen', 'Ana', 'Lucía', 'Elena', 'Patricia', 'Gladys', 'Sonia', 'Milagros'],
    family: ['Quispe', 'Mamani', 'Huamán', 'Flores', 'Rojas', 'Torres', 'Vargas', 'Castillo', 'Ramírez', 'Gutiérrez', 'Chávez', 'Mendoza', 'Salazar', 'Paredes', 'Condori', 'Vásquez', 'Herrera', 'Medina', 'Ortiz', 'Cárdenas', 'Zapata', 'Arango'],
    double: true,
  },
  pt: {
    given: ['João', 'José', 'Antônio', 'Francisco', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Marcos', 'Raimundo', 'Maria', 'Ana', 'Francisca', 'Adriana', 'Juliana', 'Márcia', 'Fernanda', 'Aline'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Barbosa', 'Vieira'],
    double: true,
  },
  gy: {
    given: ['Andre', 'Clive', 'Rohan', 'Deon', 'Shawn', 'Vishnu', 'Ravi', 'Kezia', 'Tamika', 'Shaniya', 'Omattie', 'Devika'],
    family: ['Persaud', 'Singh', 'Ramdass', 'Williams', 'Thomas', 'Adams', 'Joseph', 'Charles', 'Hinds', 'Bacchus', 'Khan', 'Mohamed'],
  },
  sr: {
    given: ['Ricardo', 'Marvin', 'Ramon', 'Dennis', 'Anand', 'Sandra', 'Natasha', 'Priya', 'Ingrid', 'Maureen', 'Roy', 'Glenn'],
    family: ['Pinas', 'Kromodikoro', 'Ramdin', 'Sewdien', 'Doekhie', 'Martina', 'Pietersz', 'Wong', 'Amatali', 'Brunings', 'Isenia', 'Koeiman'],
  },
  saf: {
    given: ['Tendai', 'Tatenda', 'Farai', 'Blessing', 'Tapiwa', 'Sipho', 'Thabo', 'Themba', 'Nomvula', 'Thandiwe', 'Rutendo', 'Chipo', 'Nyasha', 'Precious', 'Lindiwe', 'Tinashe'],
    family: ['Moyo', 'Ncube', 'Dube', 'Sibanda', 'Mpofu', 'Chikwanha', 'Mutasa', 'Nkosi', 'Dlamini', 'Khumalo', 'Ndlovu', 'Mahlangu', 'Zhou', 'Chirwa', 'Marufu', 'Gumbo'],
  },
  gh: {
    given: ['Kwame', 'Kofi', 'Kwaku', 'Yaw', 'Kwabena', 'Kojo', 'Akua', 'Ama', 'Abena', 'Efua', 'Adwoa', 'Afia'],
    family: ['Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Agyeman', 'Appiah', 'Darko', 'Ofori', 'Amoah', 'Acheampong', 'Frimpong'],
  },
  wa: {
    given: ['Moussa', 'Mamadou', 'Boubacar', 'Ibrahim', 'Seydou', 'Issa', 'Adama', 'Aminata', 'Fatoumata', 'Mariam', 'Awa', 'Salimata'],
    family: ['Traoré', 'Diarra', 'Coulibaly', 'Keïta', 'Koné', 'Sawadogo', 'Ouédraogo', 'Kaboré', 'Zongo', 'Sanogo', 'Diallo', 'Cissé'],
  },
  ar: {
    given: ['Mohammed', 'Ahmed', 'Omar', 'Osman', 'Hassan', 'Khalid', 'Abdullah', 'Yousif', 'Saeed', 'Fatima', 'Amna', 'Maryam', 'Huda'],
    family: ['Al-Amin', 'Ibrahim', 'Abdelrahman', 'Osman', 'Hamdan', 'Al-Mansouri', 'Al-Suwaidi', 'Al-Falasi', 'Elamin', 'Mahmoud', 'Al-Hashimi', 'Bakhit'],
  },
  cd: {
    given: ['Jean', 'Patrick', 'Pierre', 'Joseph', 'Emmanuel', 'Didier', 'Grâce', 'Chantal', 'Espérance', 'Béatrice', 'Nadine', 'Furaha'],
    family: ['Mukendi', 'Ilunga', 'Kalonji', 'Tshibanda', 'Mbuyi', 'Kasongo', 'Lukusa', 'Mwamba', 'Banza', 'Nkulu', 'Bahati', 'Amani'],
  },
  ea: {
    given: ['John', 'Joseph', 'Moses', 'Godfrey', 'Baraka', 'Juma', 'Isaac', 'Grace', 'Esther', 'Rehema', 'Neema', 'Harriet'],
    family: ['Okello', 'Mugisha', 'Ssemanda', 'Namubiru', 'Kato', 'Mwakalinga', 'Mushi', 'Kimaro', 'Mollel', 'Massawe', 'Opio', 'Wanyama'],
  },
  tr: {
    given: ['Mehmet', 'Mustafa', 'Ahmet', 'Ali', 'Hüseyin', 'Emre', 'Burak', 'Ayşe', 'Fatma', 'Zeynep', 'Elif', 'Merve'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Koç', 'Kurt'],
  },
  zh: {
    given: ['Wai Ming', 'Chi Keung', 'Ka Fai', 'Siu Wah', 'Kwok Wing', 'Mei Ling', 'Wing Yan', 'Hoi Yan', 'Suk Fan'],
    family: ['Chan', 'Wong', 'Lee', 'Cheung', 'Lau', 'Ng', 'Ho', 'Leung', 'Tang', 'Yip'],
  },
  ch: {
    given: ['Thomas', 'Daniel', 'Martin', 'Peter', 'Andreas', 'Luca', 'Sandra', 'Nicole', 'Monika', 'Claudia', 'Anne-Laure'],
    family: ['Müller', 'Meier', 'Schmid', 'Keller', 'Weber', 'Huber', 'Fischer', 'Baumann', 'Frei', 'Brunner', 'Rochat', 'Bernasconi'],
  },
  en: {
    given: ['James', 'John', 'Robert', 'Michael', 'David', 'Daniel', 'Sarah', 'Emma', 'Laura', 'Jennifer', 'Karen', 'Rachel'],
    family: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Davies', 'Evans', 'Miller', 'Clarke', 'Walker', 'Hughes', 'Reed'],
  },
  in: {
    given: ['Rajesh', 'Amit', 'Sanjay', 'Vijay', 'Suresh', 'Nikhil', 'Priya', 'Sunita', 'Anjali', 'Kavita', 'Pooja'],
    family: ['Sharma', 'Patel', 'Mehta', 'Shah', 'Gupta', 'Agarwal', 'Jain', 'Reddy', 'Iyer', 'Soni', 'Choksi'],
  },
  it: {
    given: ['Marco', 'Luca', 'Giuseppe', 'Andrea', 'Paolo', 'Giulia', 'Francesca', 'Chiara', 'Silvia'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marini'],
  },
};

/** Spelling variants analysts meet in other sources (transliterations, dropped accents). */
// prettier-ignore
export const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  Mohammed: 'Muhammad', Ahmed: 'Ahmad', Osman: 'Uthman', Yousif: 'Yusuf', Khalid: 'Khaled', Hassan: 'Hasan',
  José: 'Jose', Huamán: 'Huaman', Ramírez: 'Ramirez', Gutiérrez: 'Gutierrez', Chávez: 'Chavez', Vásquez: 'Vasquez',
  João: 'Joao', Antônio: 'Antonio', Traoré: 'Traore', Keïta: 'Keita', Koné: 'Kone', Ouédraogo: 'Ouedraogo',
  Yılmaz: 'Yilmaz', Şahin: 'Sahin', Çelik: 'Celik', Müller: 'Mueller', Yıldız: 'Yildiz', Öztürk: 'Ozturk',
};
