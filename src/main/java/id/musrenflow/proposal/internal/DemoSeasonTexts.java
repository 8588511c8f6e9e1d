package id.musrenflow.proposal.internal;

import java.util.List;
import java.util.Map;

/**
 * What the demo season's usulan say: per catalogue item a title, the problem residents describe, the expected output
 * and who benefits, in the words RT heads in Kota Pekalongan use; streets of the city for the addresses; the centre
 * of every kelurahan (approximate, WGS84) since the city has no kelurahan polygons here. Demo data only.
 */
final class DemoSeasonTexts {

    /** title ({@code %s} = place), problem, expected output, beneficiary group, volume from, volume to */
    record Item(String title, String problem, String output, String group, int volumeFrom, int volumeTo) {
    }

    static final Map<String, Item> ITEMS = Map.ofEntries(
            Map.entry("PAVING", new Item("Paving block jalan lingkungan %s",
                    "Jalan lingkungan berlubang dan becek, tergenang setiap hujan sehingga sulit dilalui warga dan anak sekolah.",
                    "Jalan lingkungan berpaving rata dan tidak tergenang", "warga RT", 80, 400)),
            Map.entry("DRAINASE", new Item("Normalisasi saluran drainase %s",
                    "Saluran tersumbat sedimen dan sampah, air meluap ke jalan dan rumah warga saat hujan deras.",
                    "Saluran lancar, genangan surut dalam satu jam", "warga RT", 40, 250)),
            Map.entry("SUMUR-RESAPAN", new Item("Sumur resapan di permukiman %s",
                    "Air hujan menggenang lama di halaman dan gang karena tanah jenuh dan tidak ada resapan.",
                    "Genangan berkurang, air tanah terisi kembali", "warga RT", 3, 12)),
            Map.entry("MCK", new Item("MCK komunal %s",
                    "Sebagian keluarga belum punya jamban dan masih buang air ke sungai.",
                    "Satu MCK komunal layak pakai dengan air bersih", "keluarga tanpa jamban", 1, 1)),
            Map.entry("JAMBAN", new Item("Jamban sehat keluarga %s",
                    "Masih ada keluarga kurang mampu tanpa jamban sehat, berisiko diare dan stunting.",
                    "Setiap keluarga sasaran memiliki jamban sehat", "keluarga kurang mampu", 4, 15)),
            Map.entry("PIPA-AIR", new Item("Jaringan pipa air bersih %s",
                    "Air sumur warga payau dan keruh, warga membeli air galon untuk minum dan memasak.",
                    "Warga tersambung jaringan air bersih", "keluarga", 100, 600)),
            Map.entry("PJU", new Item("Lampu penerangan jalan %s",
                    "Jalan gelap pada malam hari, rawan kecelakaan dan pencurian kendaraan.",
                    "Jalan terang sepanjang malam", "pengguna jalan", 4, 15)),
            Map.entry("TALUD-ROB", new Item("Talud penahan rob %s",
                    "Air rob masuk ke permukiman saat pasang, merusak rumah dan jalan.",
                    "Permukiman terlindung dari rob harian", "warga pesisir", 50, 300)),
            Map.entry("RTLH", new Item("Rehabilitasi rumah tidak layak huni %s",
                    "Beberapa rumah warga berdinding rusak, atap bocor dan lantai tanah.",
                    "Rumah sasaran layak huni", "keluarga miskin", 2, 6)),
            Map.entry("POSYANDU-PMT", new Item("Makanan tambahan balita Posyandu %s",
                    "Ada balita berat badan kurang dan ibu hamil kurang energi kronis di wilayah posyandu.",
                    "Balita dan ibu hamil sasaran naik berat badannya", "balita dan ibu hamil", 6, 24)),
            Map.entry("POSYANDU-ALAT", new Item("Sarana Posyandu %s",
                    "Timbangan dan alat ukur tinggi badan posyandu sudah rusak sehingga pengukuran tidak akurat.",
                    "Posyandu memiliki alat ukur standar", "balita", 1, 3)),
            Map.entry("KELAS-STUNTING", new Item("Kelas ibu balita cegah stunting %s",
                    "Pengetahuan ibu tentang gizi seimbang dan pola asuh masih rendah.",
                    "Ibu balita memahami gizi dan pola asuh", "ibu balita", 2, 8)),
            Map.entry("PELATIHAN-UMKM", new Item("Pelatihan pemasaran daring UMKM %s",
                    "Pelaku usaha kecil kesulitan memasarkan produk olahan dan batik di luar kampung.",
                    "Pelaku UMKM berjualan di lokapasar", "pelaku UMKM", 15, 40)),
            Map.entry("BANK-SAMPAH", new Item("Bank sampah %s",
                    "Sampah rumah tangga dibuang ke sungai dan lahan kosong, menimbulkan bau dan banjir.",
                    "Bank sampah berjalan dan sampah terpilah", "warga", 1, 2)),
            Map.entry("KADER-PKK", new Item("Pelatihan kader PKK dan Posyandu %s",
                    "Kader baru belum terlatih mencatat tumbuh kembang balita dan KMS.",
                    "Kader terampil mengukur dan mencatat", "kader", 10, 30)),
            Map.entry("SIAGA-BENCANA", new Item("Pelatihan siaga banjir dan rob %s",
                    "Warga belum tahu jalur evakuasi dan tindakan saat banjir dan rob datang.",
                    "Warga memiliki rencana evakuasi dan tim siaga", "warga", 20, 60)),
            Map.entry("SENI-BUDAYA", new Item("Pembinaan kelompok rebana dan tari %s",
                    "Kelompok seni pemuda tidak punya alat dan pelatih sehingga kegiatan berhenti.",
                    "Kelompok seni aktif berlatih dan tampil", "pemuda", 1, 2)),
            Map.entry("RUMAH-POMPA", new Item("Rehabilitasi rumah pompa pengendali rob %s",
                    "Pompa lama sering mati saat pasang tinggi sehingga genangan bertahan berhari-hari.",
                    "Pompa bekerja saat pasang dan genangan cepat surut", "warga terdampak rob", 1, 1)),
            Map.entry("BIOPORI", new Item("Lubang resapan biopori %s",
                    "Halaman dan gang cepat tergenang karena tanah padat dan minim resapan.",
                    "Genangan berkurang dan sampah organik terolah", "warga", 50, 200)),
            Map.entry("MANGROVE", new Item("Penanaman mangrove pesisir %s",
                    "Abrasi menggerus tambak dan pesisir, rob makin jauh masuk ke permukiman.",
                    "Sabuk mangrove penahan abrasi", "warga pesisir", 500, 3000)),
            Map.entry("IPAL-BATIK", new Item("IPAL komunal limbah batik %s",
                    "Limbah pewarna batik rumahan dibuang langsung ke saluran dan sungai, air berwarna dan berbau.",
                    "Limbah batik terolah sebelum dibuang", "perajin batik dan warga", 1, 1)),
            Map.entry("PELATIHAN-BATIK", new Item("Pelatihan batik pewarna alami %s",
                    "Perajin batik rumahan bergantung pada pewarna sintetis yang mahal dan mencemari.",
                    "Perajin mampu membuat batik pewarna alami", "perajin batik", 15, 30)));

    static final List<String> STREETS = List.of("Jl. Dr. Wahidin", "Jl. Hayam Wuruk", "Jl. HOS Cokroaminoto",
            "Jl. Kurinci", "Jl. Sriwijaya", "Jl. Jlamprang", "Jl. Urip Sumoharjo", "Jl. Pemuda", "Jl. Imam Bonjol",
            "Jl. KH Mas Mansyur", "Jl. Seruni", "Jl. Slamet", "Jl. Progo", "Jl. Kalimantan", "Jl. Merdeka",
            "Jl. Gajah Mada", "Jl. Patiunus", "Jl. Teratai", "Jl. Sultan Agung", "Jl. Perintis Kemerdekaan",
            "Jl. WR Supratman", "Jl. Ki Mangunsarkoro", "Jl. Kartini", "Jl. Diponegoro", "Jl. Hasanudin",
            "Jl. Toba", "Jl. Semarang", "Jl. Pelita", "Jl. Karya Bakti", "Jl. Kenanga");

    static final List<String> RESIDENTS = List.of("Sutarno", "Ibu Khotimah", "Warsito", "Ibu Nur Aini", "Rohmat",
            "Ibu Sumiyati", "Ahmad Zaenuri", "Ibu Latifah");

    /** Approximate centre (latitude, longitude) of each kelurahan of Kota Pekalongan. */
    static final Map<String, double[]> CENTRES = Map.ofEntries(
            Map.entry("33.75.01.1002", new double[] {-6.8930, 109.6660}),
            Map.entry("33.75.01.1003", new double[] {-6.8890, 109.6580}),
            Map.entry("33.75.01.1004", new double[] {-6.8830, 109.6700}),
            Map.entry("33.75.01.1006", new double[] {-6.9000, 109.6580}),
            Map.entry("33.75.01.1008", new double[] {-6.8800, 109.6620}),
            Map.entry("33.75.01.1009", new double[] {-6.8880, 109.6450}),
            Map.entry("33.75.01.1012", new double[] {-6.8770, 109.6540}),
            Map.entry("33.75.02.1002", new double[] {-6.8920, 109.6850}),
            Map.entry("33.75.02.1004", new double[] {-6.8870, 109.6770}),
            Map.entry("33.75.02.1007", new double[] {-6.8950, 109.6780}),
            Map.entry("33.75.02.1008", new double[] {-6.8830, 109.6880}),
            Map.entry("33.75.02.1009", new double[] {-6.8990, 109.6990}),
            Map.entry("33.75.02.1010", new double[] {-6.8930, 109.6980}),
            Map.entry("33.75.02.1012", new double[] {-6.9010, 109.6920}),
            Map.entry("33.75.03.1002", new double[] {-6.8720, 109.6880}),
            Map.entry("33.75.03.1003", new double[] {-6.8650, 109.6760}),
            Map.entry("33.75.03.1004", new double[] {-6.8640, 109.6850}),
            Map.entry("33.75.03.1006", new double[] {-6.8750, 109.6700}),
            Map.entry("33.75.03.1007", new double[] {-6.8660, 109.7050}),
            Map.entry("33.75.03.1009", new double[] {-6.8600, 109.6650}),
            Map.entry("33.75.03.1010", new double[] {-6.8580, 109.6780}),
            Map.entry("33.75.04.1002", new double[] {-6.9120, 109.6580}),
            Map.entry("33.75.04.1003", new double[] {-6.9180, 109.6720}),
            Map.entry("33.75.04.1004", new double[] {-6.9140, 109.6780}),
            Map.entry("33.75.04.1006", new double[] {-6.9080, 109.6890}),
            Map.entry("33.75.04.1008", new double[] {-6.9170, 109.6920}),
            Map.entry("33.75.04.1010", new double[] {-6.9090, 109.7000}));

    /** The city's centre, for a kelurahan added later that has no centre above. */
    static final double[] CITY_CENTRE = {-6.8886, 109.6753};

    /** Where an OPD re-assigns an usulan it finds is not its work (the OPD tujuan akhir). */
    static final Map<String, String> REASSIGNED_TO = Map.of("DPUPR", "DINPERKIM", "DINPERKIM", "DPUPR",
            "DLH", "DPUPR", "DINKES", "DINSOSP2KB", "DINSOSP2KB", "DINKES", "DISHUB", "DPUPR", "DP3A", "DINSOSP2KB",
            "BPBD", "DPUPR", "DINDAGKOPUKM", "DINPERINAKER", "DINPERINAKER", "DINDAGKOPUKM");

    private DemoSeasonTexts() {
    }
}
