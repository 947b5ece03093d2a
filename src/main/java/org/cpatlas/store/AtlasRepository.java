package org.cpatlas.store;

import java.util.List;
import java.util.Optional;
import org.cpatlas.domain.Observation;
import org.cpatlas.domain.Province;
import org.cpatlas.domain.ProvinceComparison;
import org.cpatlas.domain.RegionProfile;
import org.cpatlas.domain.RegionSummary;
import org.cpatlas.domain.Source;

/** The queries the window and the command line share; every figure comes back with its source. */
public interface AtlasRepository {

    /** The 14 regions in the official order, each with its Table 1 urbanization rate 2010 (maybe not reported). */
    List<RegionSummary> regions();

    /**
     * The region named by a code, Chinese or English name, or Table 1 label, ignoring case, spaces, punctuation,
     * accents and suffixes ("Liupan", "六盘山", "liupan mountains" all find 六盘山区). Empty when none or several match.
     */
    Optional<RegionSummary> findRegion(String nameOrCode);

    /** The regions whose names are closest to the text (edit distance), best first: for "did you mean". */
    List<RegionSummary> closestRegions(String nameOrCode, int limit);

    /** Table 1 rows of a region in the paper's order; empty for an unknown code. */
    List<ProvinceComparison> provinceComparisons(String regionCode);

    /** Everything about a region: rate, province comparisons and every other figure. */
    Optional<RegionProfile> regionProfile(String regionCode);

    /** Every figure about a region (Table 1 ones included), each with its source. */
    List<Observation> figuresOfRegion(String regionCode);

    /** Every figure in the store. */
    List<Observation> observations();

    /** Every source in the store, by id. */
    List<Source> sources();

    /** All provinces, by code. */
    List<Province> provinces();

    /** The provinces a region lies in, in Table 1's order. */
    List<Province> provincesOf(String regionCode);

    /**
     * The bundled county-to-region list with each row's evidence (basis, source, note: the quoted passage or the
     * reasoning), in the data file's order; each row's {@code row} is its line in that file.
     */
    default org.cpatlas.domain.MembershipList bundledMembership() {
        return new org.cpatlas.domain.MembershipList(org.cpatlas.domain.MembershipList.BUNDLED, java.util.List.of());
    }
}
