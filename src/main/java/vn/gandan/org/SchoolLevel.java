package vn.gandan.org;

/** The level of a school; decides whether it sits under the commune (MN, TH, THCS) or the Sở (THPT). */
public enum SchoolLevel {
    MAM_NON, TIEU_HOC, THCS, THPT, LIEN_CAP, GDNN_GDTX
}
